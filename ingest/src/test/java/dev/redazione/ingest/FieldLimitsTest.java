package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Slug;
import dev.redazione.core.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fields that become terms, URL segments and file names are bounded in both formats: too long is
 * cut at a word ({@code FIELD_TOO_LONG}), too many are dropped ({@code TOO_MANY_…}), each at the
 * field's line, and the article still loads.
 */
class FieldLimitsTest {

  private static Article load(Path folder, String name, String text) throws IOException {
    Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    LoadResult result = ContentLoader.create().load(folder);
    assertThat(result.diagnostics()).extracting(Diagnostic::code).doesNotContain("INTERNAL_ERROR");
    assertThat(result.archive().articles()).as("articles of %s", name).hasSize(1);
    return result.archive().articles().get(0);
  }

  private static Diagnostic only(Article article, String code) {
    return article.report().diagnostics().stream()
        .filter(d -> d.code().equals(code))
        .reduce(
            (a, b) -> {
              throw new AssertionError(
                  "more than one " + code + " in " + article.report().diagnostics());
            })
        .orElseThrow(
            () -> new AssertionError("no " + code + " in " + article.report().diagnostics()));
  }

  @Test
  void aFortyThousandByteTagIsCutAtTheLimit(@TempDir Path folder) throws IOException {
    Article article =
        load(
            folder,
            "a.md",
            "---\ntitle: Titolo\ntags: [Apple, " + "x".repeat(40_000) + "]\n---\nTesto.\n");

    assertThat(article.tags()).extracting(Tag::name).containsExactly("Apple", "x".repeat(60));
    Diagnostic tooLong = only(article, "FIELD_TOO_LONG");
    assertThat(tooLong.line()).hasValue(3);
    assertThat(tooLong.message())
        .contains("40000 characters long, more than 60")
        .hasSizeLessThan(300);
  }

  @Test
  void twoThousandTagsKeepTheFirstThirty(@TempDir Path folder) throws IOException {
    String tags =
        IntStream.range(0, 2_000).mapToObj(i -> "tema" + i).collect(Collectors.joining(", "));
    Article article =
        load(folder, "a.md", "---\ntitle: Titolo\ndate: 2024\ntags: " + tags + "\n---\nTesto.\n");

    assertThat(article.tags()).hasSize(30).first().isEqualTo(Tag.of("tema0"));
    assertThat(only(article, "TOO_MANY_TAGS").format())
        .isEqualTo(
            "a.md:4: warning: TOO_MANY_TAGS the article has 2000 tags (line 4); at most 30 are"
                + " kept, the rest were dropped");
  }

  @Test
  void longTagCategoryAndAuthorNamesAreCutAtAWord(@TempDir Path folder) throws IOException {
    String name = "parola ".repeat(85) + "fine";
    Article article =
        load(
            folder,
            "a.md",
            "---\ntitle: Titolo\nauthors: [{name: "
                + name
                + ", bio: Una bio}]\ntags: ["
                + name
                + "]\ncategories: ["
                + name
                + "]\n---\nTesto.\n");

    assertThat(name).hasSize(599);
    assertThat(article.tags()).singleElement().satisfies(t -> assertThat(t.name()).hasSize(55));
    assertThat(article.categories())
        .singleElement()
        .satisfies(c -> assertThat(c.key()).hasSize(55));
    assertThat(article.authors())
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.name()).hasSize(76).endsWith("parola");
              assertThat(a.bio()).hasValue("Una bio");
            });
    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("FIELD_TOO_LONG"))
        .extracting(d -> d.line().orElseThrow())
        .containsExactlyInAnyOrder(3, 4, 5);
  }

  @Test
  void aTitleTooLongIsCutWithAnEllipsisAndStillGivesTheSlug(@TempDir Path folder)
      throws IOException {
    Article article =
        load(folder, "a.md", "---\n\ntitle: " + "Titolo lungo ".repeat(100) + "\n---\nTesto.\n");

    assertThat(article.title()).hasSizeLessThanOrEqualTo(200).endsWith("lungo…");
    assertThat(article.slug().value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH);
    assertThat(only(article, "FIELD_TOO_LONG").line()).hasValue(3);
  }

  @Test
  void aNameWithoutLettersWithinTheLimitIsDropped(@TempDir Path folder) throws IOException {
    Article article =
        load(
            folder,
            "a.md",
            "---\ntitle: Titolo\ntags: [\"" + "!".repeat(100) + "a\"]\n---\nTesto.\n");

    assertThat(article.tags()).isEmpty();
    assertThat(only(article, "FIELD_TOO_LONG").message()).contains("it was dropped");
  }

  @Test
  void rawTextGoesThroughTheSameLimits(@TempDir Path folder) throws IOException {
    Article article =
        load(
            folder,
            "grezzo.txt",
            "Notizia".repeat(1)
                + " Lunghissima".repeat(17)
                + "\n\nUn paragrafo di prosa italiana con parole vere e frasi complete per il corpo"
                + " dell'articolo.\n\nTag: Precipitevolissimevolmente Supercalifragilistichespiralidoso"
                + " Antidisestablishmentarianism, "
                + IntStream.range(0, 40).mapToObj(i -> "tema" + i).collect(Collectors.joining(", "))
                + "\n");

    assertThat(article.title()).hasSizeLessThanOrEqualTo(200).endsWith("Lunghissima…");
    assertThat(article.tags())
        .hasSize(30)
        .first()
        .satisfies(
            t ->
                assertThat(t.name())
                    .isEqualTo("Precipitevolissimevolmente Supercalifragilistichespiralidoso"));
    assertThat(only(article, "TOO_MANY_TAGS").line()).hasValue(5);
    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("FIELD_TOO_LONG"))
        .extracting(d -> d.line().orElseThrow())
        .containsExactly(1, 5);
  }
}
