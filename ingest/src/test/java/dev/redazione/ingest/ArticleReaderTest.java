package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Origin;
import dev.redazione.core.Tag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleReaderTest {

  private static final List<Tag> KNOWN =
      List.of(Tag.of("OpenAI"), Tag.of("Azure"), Tag.of("Google"));

  @Test
  void rawArticleGetsKnownTagsItMentionsAsInferred() {
    Article article =
        ArticleReader.create()
            .withKnownTags(KNOWN)
            .read(
                "a.txt",
                "Novità da OpenAI\n\nIl modello gira su Azure.\n".getBytes(StandardCharsets.UTF_8))
            .article()
            .orElseThrow();

    assertThat(article.tags()).extracting(Tag::name).containsExactly("OpenAI", "Azure");
    assertThat(article.report().provenance(ArticleField.TAGS))
        .hasValueSatisfying(p -> assertThat(p.origin()).isEqualTo(Origin.INFERRED));
    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("INFERRED_TAGS"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).endsWith("OpenAI, Azure"));
  }

  @Test
  void frontMatterArticleKeepsOnlyItsOwnTags() {
    Article article =
        ArticleReader.create()
            .withKnownTags(KNOWN)
            .read(
                "a.md",
                "---\ntitle: Novità da OpenAI\ntags: [Cloud]\n---\nGira su Azure.\n"
                    .getBytes(StandardCharsets.UTF_8))
            .article()
            .orElseThrow();

    assertThat(article.tags()).extracting(Tag::name).containsExactly("Cloud");
  }

  @Test
  void rawArticleWithoutKnownTagsHasNoTags() {
    Article article =
        ArticleReader.create()
            .read(
                "a.txt",
                "Novità da OpenAI\n\nIl modello gira su Azure.\n".getBytes(StandardCharsets.UTF_8))
            .article()
            .orElseThrow();

    assertThat(article.tags()).isEmpty();
    assertThat(article.report().provenance(ArticleField.TAGS)).isEmpty();
  }

  @Test
  void refusesFilesOutsideTheContentFolder(@TempDir Path root) {
    assertThatThrownBy(
            () ->
                ArticleReader.create()
                    .read(root.resolve("content"), root.resolve("content/../segreto.md")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not inside the content folder");
  }

  @Test
  void reportsAnUnreadableFileAsADiagnostic(@TempDir Path root) {
    ReadResult result = ArticleReader.create().read(root, root.resolve("assente.md"));

    assertThat(result.article()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("READ_ERROR");
              assertThat(d.path()).isEqualTo("assente.md");
            });
  }

  @Test
  void usesForwardSlashesInPaths() {
    ReadResult result =
        ArticleReader.create()
            .read("sezione\\articolo.md", "Titolo\n\nTesto.".getBytes(StandardCharsets.UTF_8));

    assertThat(result.article())
        .hasValueSatisfying(
            a -> assertThat(a.report().source().path()).isEqualTo("sezione/articolo.md"));
  }
}
