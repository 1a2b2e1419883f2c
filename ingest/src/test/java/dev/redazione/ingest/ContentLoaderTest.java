package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.ArticleField;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Origin;
import dev.redazione.core.Severity;
import dev.redazione.core.SourceFormat;
import dev.redazione.testkit.Seeds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentLoaderTest {

  /** A body long enough that the editorial checks of loading find nothing to say about it. */
  private static final String LONG_BODY = "Testo dell’articolo. ".repeat(40);

  @Test
  void loadsTheFiveSeedsWithoutErrors() {
    LoadResult result = ContentLoader.create().load(Seeds.folder());

    assertThat(result.archive().size()).isEqualTo(5);
    assertThat(result.drafts()).isEmpty();
    assertThat(result.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(result.archive().articles())
        .filteredOn(a -> a.report().source().format() == SourceFormat.RAW_TEXT)
        .hasSize(4);
  }

  @Test
  void infersArchiveTagsForRawArticles() {
    LoadResult result = ContentLoader.create().load(Seeds.folder());

    assertThat(result.archive().articles())
        .filteredOn(a -> a.report().source().format() == SourceFormat.RAW_TEXT)
        .allSatisfy(
            a -> {
              assertThat(a.tags()).extracting(t -> t.name()).contains("OpenAI", "Microsoft");
              assertThat(a.report().provenance(ArticleField.TAGS))
                  .hasValueSatisfying(p -> assertThat(p.origin()).isEqualTo(Origin.INFERRED));
            });
  }

  @Test
  void brokenFileNextToGoodOnesDoesNotStopThem(@TempDir Path folder) throws IOException {
    write(folder, "good.md", "---\ntitle: Buono\n---\nTesto buono.\n");
    write(folder, "broken.md", "---\ntitle: [unterminated\n---\n");
    Files.write(folder.resolve("binary.dat"), new byte[] {0, 1, 2, 3, 0, 0, 7});
    write(folder, "other.txt", "Un altro titolo\n\nUn paragrafo di testo.\n");

    LoadResult result = ContentLoader.create().load(folder);

    assertThat(result.archive().articles())
        .extracting(a -> a.title())
        .containsExactlyInAnyOrder("Buono", "Un altro titolo");
    assertThat(result.diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.path()).isEqualTo("broken.md");
              assertThat(d.severity()).isEqualTo(Severity.ERROR);
              assertThat(d.code()).isEqualTo("INVALID_FRONT_MATTER");
              assertThat(d.line()).hasValue(2);
            });
    assertThat(result.diagnostics())
        .anySatisfy(d -> assertThat(d.format()).startsWith("binary.dat: error: BINARY_FILE"));
  }

  @Test
  void skipsDotfilesBackupsAndImages(@TempDir Path folder) throws IOException {
    write(folder, "articolo.md", "Titolo vero\n\nTesto.\n");
    write(folder, ".nascosto.md", "Nascosto\n\nTesto.\n");
    write(folder, "articolo.md~", "Backup\n\nTesto.\n");
    write(folder, "foto.jpg", "Non un articolo\n\nTesto.\n");
    Files.createDirectories(folder.resolve(".git"));
    write(folder, ".git/config", "Config\n\nTesto.\n");

    LoadResult result = ContentLoader.create().load(folder);

    assertThat(result.archive().articles())
        .extracting(a -> a.report().source().path())
        .containsExactly("articolo.md");
    assertThat(result.diagnostics()).extracting(Diagnostic::path).containsOnly("articolo.md");
  }

  @Test
  void keepsDraftsOutOfTheArchiveWithADiagnostic(@TempDir Path folder) throws IOException {
    write(
        folder, "bozza.md", "---\ntitle: Bozza\ndate: 2025-01-02\ndraft: true\n---\n" + LONG_BODY);
    write(
        folder,
        "nascosto.md",
        "---\ntitle: Non pubblicato\ndate: 2025-01-03\npublished: false\n---\n" + LONG_BODY);

    LoadResult result = ContentLoader.create().load(folder);

    assertThat(result.archive().size()).isZero();
    assertThat(result.drafts())
        .extracting(a -> a.title())
        .containsExactly("Bozza", "Non pubblicato");
    assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly("DRAFT", "DRAFT");
  }

  @Test
  void resolvesDuplicateSlugsWithADiagnostic(@TempDir Path folder) throws IOException {
    write(folder, "a.md", "---\ntitle: Stesso titolo\ndate: 2025-01-04\n---\n" + LONG_BODY);
    write(folder, "b.md", "---\ntitle: Stesso titolo\ndate: 2025-01-05\n---\n" + LONG_BODY);

    LoadResult result = ContentLoader.create().load(folder);

    assertThat(result.archive().articles())
        .extracting(a -> a.slug().value())
        .containsExactlyInAnyOrder("stesso-titolo", "stesso-titolo-2");
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("b.md");
              assertThat(d.code()).isEqualTo("DUPLICATE_SLUG");
            });
  }

  @Test
  void reportsAMissingFolderInsteadOfThrowing(@TempDir Path folder) {
    LoadResult result = ContentLoader.create().load(folder.resolve("assente"));

    assertThat(result.archive().size()).isZero();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo("CONTENT_FOLDER"));
  }

  private static void write(Path folder, String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }
}
