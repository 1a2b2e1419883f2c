package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Origin;
import dev.redazione.core.SourceFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The three front-matter syntaxes and the quirks of real exports. */
class FrontMatterFormsTest {

  @Test
  void readsTomlWithUnquotedDate() {
    Article article =
        Reading.article(
            "a.md",
            """
        +++
        title = "Titolo TOML"
        date = 2023-02-12
        tags = ["OpenAI", "Azure"]
        +++
        Testo.
        """);

    assertThat(article.title()).isEqualTo("Titolo TOML");
    assertThat(article.date()).map(Object::toString).hasValue("2023-02-12");
    assertThat(article.tags()).extracting(t -> t.name()).containsExactly("OpenAI", "Azure");
  }

  @Test
  void readsTomlDatesQuotedAsStringsAndUnquotedWithOffset() {
    Article quoted =
        Reading.article(
            "a.md", "+++\ntitle = \"T\"\ndate = \"2019-11-29 10:00:00 +0200\"\n+++\nTesto.\n");
    Article offset =
        Reading.article("b.md", "+++\ntitle = \"T\"\ndate = 2016-04-24T12:09:19Z\n+++\nTesto.\n");

    assertThat(quoted.date()).map(Object::toString).hasValue("2019-11-29T10:00+02:00");
    assertThat(offset.date()).map(Object::toString).hasValue("2016-04-24T12:09Z");
  }

  @Test
  void readsJsonObjectAtTheTop() {
    Article article =
        Reading.article(
            "a.md",
            """
        {
          "title": "Titolo JSON",
          "date": "2024-03-01",
          "tags": ["Microsoft"]
        }
        Il corpo dell'articolo.
        """);

    assertThat(article.report().source().format()).isEqualTo(SourceFormat.FRONT_MATTER_MARKDOWN);
    assertThat(article.title()).isEqualTo("Titolo JSON");
    assertThat(article.body().text()).isEqualTo("Il corpo dell'articolo.");
    assertThat(article.report().provenance(ArticleField.DATE))
        .hasValueSatisfying(p -> assertThat(p.line()).hasValue(3));
  }

  @Test
  void acceptsBomCrlfAndTrailingSpacesOnFences() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] text =
        "---   \r\ntitle: Titolo\r\ndate: 2023-02-12\r\n---  \r\n\r\nPrimo paragrafo.\r\n"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(text, 0, bytes, bom.length, text.length);

    Article article = ArticleReader.create().read("a.md", bytes).article().orElseThrow();

    assertThat(article.title()).isEqualTo("Titolo");
    assertThat(article.body().markdown()).isEqualTo("Primo paragrafo.");
    assertThat(article.report().diagnostics()).isEmpty();
  }

  @Test
  void readsFileWithoutFinalNewline() {
    Article article = Reading.article("a.md", "---\ntitle: Titolo\n---\nUltima riga senza a capo");

    assertThat(article.body().text()).isEqualTo("Ultima riga senza a capo");
  }

  @Test
  void marksDraftsFromDraftOrPublishedKeys() {
    assertThat(Reading.article("a.md", "---\ntitle: T\ndraft: true\n---\nTesto.\n").draft())
        .isTrue();
    assertThat(Reading.article("a.md", "---\ntitle: T\npublished: false\n---\nTesto.\n").draft())
        .isTrue();
    assertThat(Reading.article("a.md", "---\ntitle: T\npublished: true\n---\nTesto.\n").draft())
        .isFalse();
  }

  @Test
  void keepsUnknownKeysAsExtraInSourceOrder() {
    Article article =
        Reading.article(
            "a.md",
            """
        ---
        title: Titolo
        layout: post
        weight: 3
        seo:
          noindex: true
          keywords: [ia, cloud]
        ---
        Testo.
        """);

    assertThat(article.extra())
        .containsExactly(
            Map.entry("layout", "post"),
            Map.entry("weight", 3),
            Map.entry("seo", Map.of("noindex", true, "keywords", List.of("ia", "cloud"))));
  }

  @Test
  void readsLanguage() {
    assertThat(Reading.article("a.md", "---\ntitle: T\nlang: en\n---\nText.\n").language())
        .isEqualTo("en");
  }

  @Test
  void takesDateFromJekyllFileNameWhenFrontMatterHasNone() {
    Article article =
        Reading.article("_posts/2021-05-14-mio-post.md", "---\ntitle: T\n---\nTesto.\n");

    assertThat(article.date()).map(Object::toString).hasValue("2021-05-14");
    assertThat(article.report().provenance(ArticleField.DATE))
        .hasValueSatisfying(p -> assertThat(p.origin()).isEqualTo(Origin.FILENAME));
  }

  @Test
  void takesDateFromHugoFileName() {
    Article article = Reading.article("post/2017-10-15_slug.md", "---\ntitle: T\n---\nTesto.\n");

    assertThat(article.date()).map(Object::toString).hasValue("2017-10-15");
  }

  @Test
  void frontMatterDateWinsOverFileNameAndIsReported() {
    Article article =
        Reading.article("2021-05-14-slug.md", "---\ntitle: T\ndate: 2021-06-01\n---\nTesto.\n");

    assertThat(article.date()).map(Object::toString).hasValue("2021-06-01");
    assertThat(article.report().diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("DATE_MISMATCH");
              assertThat(d.line()).hasValue(3);
            });
  }

  @Test
  void agreeingFileNameAndFrontMatterDatesAreNotReported() {
    Article article =
        Reading.article(
            "2021-05-14-slug.md", "---\ntitle: T\ndate: 2021-05-14 10:00:00 +0200\n---\nTesto.\n");

    assertThat(article.report().diagnostics()).isEmpty();
  }

  @Test
  void onlyFrontMatterLoadsWithEmptyBodyWarning() {
    ReadResult result = Reading.read("a.md", "---\ntitle: Solo intestazione\n---\n");

    assertThat(result.article()).hasValueSatisfying(a -> assertThat(a.body().isEmpty()).isTrue());
    assertThat(result.diagnostics()).extracting(d -> d.code()).containsExactly("EMPTY_BODY");
  }

  @Test
  void missingTitleIsDerivedFromFirstSentenceWithWarning() {
    Article article =
        Reading.article(
            "a.md", "---\ndate: 2024-01-01\n---\nOpenAI presenta un modello nuovo. Il resto.\n");

    assertThat(article.title()).isEqualTo("OpenAI presenta un modello nuovo");
    assertThat(article.report().provenance(ArticleField.TITLE))
        .hasValueSatisfying(p -> assertThat(p.origin()).isEqualTo(Origin.DERIVED));
    assertThat(article.report().diagnostics())
        .extracting(d -> d.code())
        .containsExactly("MISSING_TITLE");
  }

  @Test
  void missingTitleIsTakenFromFirstHeading() {
    Article article =
        Reading.article("a.md", "---\ndate: 2024-01-01\n---\n# Il titolo vero\n\nTesto.\n");

    assertThat(article.title()).isEqualTo("Il titolo vero");
    assertThat(article.report().provenance(ArticleField.TITLE))
        .hasValueSatisfying(p -> assertThat(p.origin()).isEqualTo(Origin.HEADING_LINE));
  }

  @Test
  void brokenBlockStillYieldsItsTitleLine() {
    ReadResult result =
        Reading.read("a.md", "---\ntitle: \"Titolo salvato\"\ntags: [a,\n---\nTesto.\n");

    assertThat(result.article())
        .hasValueSatisfying(a -> assertThat(a.title()).isEqualTo("Titolo salvato"));
    assertThat(result.diagnostics())
        .extracting(d -> d.code())
        .containsExactly("INVALID_FRONT_MATTER");
  }

  @Test
  void restoresDeclaredProvenanceOfImportedArticles() {
    Article article =
        Reading.article(
            "a.md",
            "---\ntitle: Titolo\ntags: [Azure]\nprovenance:\n  title: DERIVED\n  tags: INFERRED\n---\nTesto.\n");

    assertThat(article.report().provenance(ArticleField.TITLE))
        .hasValueSatisfying(p -> assertThat(p.origin()).isEqualTo(Origin.DERIVED));
    assertThat(article.report().provenance(ArticleField.TAGS))
        .hasValueSatisfying(p -> assertThat(p.origin()).isEqualTo(Origin.INFERRED));
    assertThat(article.extra()).isEmpty();
  }
}
