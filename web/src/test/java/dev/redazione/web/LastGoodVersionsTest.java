package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.ingest.LoadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LastGoodVersionsTest {

  @TempDir Path content;

  private static Article article(String path, String title, Diagnostic... diagnostics) {
    return Article.builder()
        .slug(Slug.of(title))
        .title(title)
        .body(Body.empty())
        .source(new Source(path, SourceFormat.FRONT_MATTER_MARKDOWN))
        .diagnostics(List.of(diagnostics))
        .build();
  }

  private static Diagnostic error(String path) {
    return Diagnostic.error(path, 3, "INVALID_DATE", "date `2025-13-45` is not a valid date");
  }

  @Test
  void keepsThePreviousVersionOfAFileThatNowHasErrors() throws IOException {
    Files.writeString(content.resolve("a.md"), "rotto");
    Archive previous =
        Archive.of(List.of(article("a.md", "Versione buona"), article("b.md", "Altro")));
    LoadResult fresh =
        new LoadResult(
            Archive.of(
                List.of(
                    article("a.md", "Versione rotta", error("a.md")),
                    article("b.md", "Altro nuovo"))),
            List.of(),
            List.of(error("a.md")),
            ImageCatalog.empty());
    LastGoodVersions merged = LastGoodVersions.merge(previous, fresh, content);
    assertThat(merged.keptPaths()).containsExactly("a.md");
    assertThat(merged.archive().articles())
        .extracting(Article::title)
        .containsExactlyInAnyOrder("Versione buona", "Altro nuovo");
  }

  @Test
  void keepsThePreviousVersionOfAFileThatNoLongerGivesAnArticle() throws IOException {
    Files.writeString(content.resolve("a.md"), "rotto");
    Archive previous = Archive.of(List.of(article("a.md", "Versione buona")));
    LoadResult fresh =
        new LoadResult(Archive.empty(), List.of(), List.of(error("a.md")), ImageCatalog.empty());
    assertThat(LastGoodVersions.merge(previous, fresh, content).archive().articles())
        .extracting(Article::title)
        .containsExactly("Versione buona");
  }

  @Test
  void dropsTheArticleOfADeletedFile() {
    Archive previous = Archive.of(List.of(article("a.md", "Versione buona")));
    LoadResult fresh =
        new LoadResult(Archive.empty(), List.of(), List.of(error("a.md")), ImageCatalog.empty());
    LastGoodVersions merged = LastGoodVersions.merge(previous, fresh, content);
    assertThat(merged.archive().articles()).isEmpty();
    assertThat(merged.keptPaths()).isEmpty();
  }

  @Test
  void holdsBackAFileWithErrorsThatHasNoGoodVersion() throws IOException {
    Files.writeString(content.resolve("a.md"), "rotto");
    Archive previous = Archive.of(List.of(article("b.md", "Altro")));
    LoadResult fresh =
        new LoadResult(
            Archive.of(
                List.of(article("a.md", "Nuova rotta", error("a.md")), article("b.md", "Altro"))),
            List.of(),
            List.of(error("a.md")),
            ImageCatalog.empty());
    LastGoodVersions merged = LastGoodVersions.merge(previous, fresh, content);
    assertThat(merged.heldBackPaths()).containsExactly("a.md");
    assertThat(merged.keptPaths()).isEmpty();
    assertThat(merged.archive().articles()).extracting(Article::title).containsExactly("Altro");
  }

  @Test
  void holdsBackEveryFileWithErrorsAtTheFirstLoad() {
    LoadResult fresh =
        new LoadResult(
            Archive.of(List.of(article("a.md", "Rotta", error("a.md")), article("b.md", "Buona"))),
            List.of(),
            List.of(error("a.md")),
            ImageCatalog.empty());
    LastGoodVersions merged = LastGoodVersions.merge(Archive.empty(), fresh, content);
    assertThat(merged.heldBackPaths()).containsExactly("a.md");
    assertThat(merged.archive().articles()).extracting(Article::title).containsExactly("Buona");
  }

  @Test
  void publishesTheFreshArchiveAsItIsWhenNothingHasErrors() {
    LoadResult fresh =
        new LoadResult(
            Archive.of(List.of(article("b.md", "Buona"))),
            List.of(),
            List.of(),
            ImageCatalog.empty());
    LastGoodVersions merged = LastGoodVersions.merge(Archive.empty(), fresh, content);
    assertThat(merged.archive()).isSameAs(fresh.archive());
    assertThat(merged.heldBackPaths()).isEmpty();
  }
}
