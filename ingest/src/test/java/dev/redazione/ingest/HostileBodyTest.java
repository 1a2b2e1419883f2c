package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Diagnostic;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Bodies built to break the Markdown parser or the renderers: nesting thousands of levels deep, and
 * a summary break in raw text. Each keeps its article and its text, with a located diagnostic.
 */
class HostileBodyTest {

  private static final String HEAD = "---\ntitle: Titolo\n---\n\n";
  private static final int BODY_LINE = 5;

  private static Article body(String markdown) {
    Article article = Reading.article("a.md", HEAD + markdown);
    assertThat(article.report().diagnostics())
        .extracting(Diagnostic::code)
        .doesNotContain("INTERNAL_ERROR");
    assertThat(article.body().html()).isNotEmpty();
    return article;
  }

  private static Diagnostic tooDeep(Article article) {
    return article.report().diagnostics().stream()
        .filter(d -> d.code().equals("NESTING_TOO_DEEP"))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no NESTING_TOO_DEEP in " + article.report().diagnostics()));
  }

  @Test
  void eightThousandQuoteMarkersAreReadAsTextBeyondTheLimit() {
    Article article = body("> ".repeat(8_000) + "ciao\n");

    assertThat(tooDeep(article).line()).hasValue(BODY_LINE);
    assertThat(article.body().text()).endsWith("ciao");
    assertThat(article.body().html()).contains("&gt; &gt;").contains("ciao");
  }

  @Test
  void twentyThousandListMarkersAreReadAsTextBeyondTheLimit() {
    Article article = body("- ".repeat(20_000) + "ciao\n");

    assertThat(tooDeep(article).line()).hasValue(BODY_LINE);
    assertThat(article.body().text()).endsWith("ciao");
  }

  @Test
  void deeplyIndentedListsAreFlattened() {
    String list =
        IntStream.range(0, 3_000)
            .mapToObj(i -> "  ".repeat(i) + "- voce " + i)
            .collect(Collectors.joining("\n"));
    Article article = body("Testo.\n\n" + list + "\n");

    assertThat(tooDeep(article).line()).isPresent();
    assertThat(article.body().text()).contains("voce 0", "voce 2999");
  }

  @Test
  void twentyThousandEmphasisMarkersAreShownAsTextFromTheirLine() {
    Article article =
        body("Primo paragrafo.\n\n" + "*".repeat(20_000) + "ciao" + "*".repeat(20_000) + "\n");

    assertThat(tooDeep(article).line()).hasValue(BODY_LINE + 2);
    assertThat(article.body().text()).contains("ciao").contains("*****");
  }

  @Test
  void emphasisOpenedOverManyLinesIsShownAsTextFromTheLineThatGoesTooDeep() {
    String opening = "*parola\n".repeat(6_000);
    String closing = "fine*\n".repeat(6_000);
    Article article = body(opening + closing);

    assertThat(tooDeep(article).line()).hasValue(BODY_LINE + 256);
    assertThat(article.body().text()).contains("parola", "fine");
  }

  @Test
  void imagesNestedThousandsDeepKeepTheirText() {
    Article article = body("![".repeat(5_000) + "alt" + "](a.png)".repeat(5_000) + "\n");

    assertThat(tooDeep(article).line()).hasValue(BODY_LINE);
    assertThat(article.body().html()).contains("alt");
  }

  @Test
  void nestingBelowTheParserBoundButTooDeepForRenderersIsFlattened() {
    Article article =
        body("Testo.\n\n" + "![".repeat(150) + "fondo" + "](a.png)".repeat(150) + "\n");

    assertThat(tooDeep(article).line()).hasValue(BODY_LINE + 2);
    assertThat(article.body().html()).contains("<img").contains("fondo");
  }

  @Test
  void ordinaryNestingGivesNoDiagnostic() {
    Article article =
        body(
            "> ".repeat(10)
                + "citazione\n\n"
                + IntStream.range(0, 10)
                    .mapToObj(i -> "  ".repeat(i) + "- voce")
                    .collect(Collectors.joining("\n"))
                + "\n\n***grassetto corsivo*** e [link **forte**](https://example.org)\n");

    assertThat(article.report().diagnostics()).isEmpty();
    assertThat(article.body().html()).contains("<strong>forte</strong>");
  }

  @Test
  void summaryBreakInRawTextKeepsTheArticleAndGivesItsSummary() {
    ReadResult result =
        Reading.read(
            "grezzo.txt",
            """
            Il titolo della notizia di oggi

            Il primo paragrafo racconta la notizia con parole semplici e frasi complete, come\
             fanno gli articoli veri.

            <!--more-->

            Il secondo paragrafo aggiunge i dettagli che mancavano, con altre frasi di prosa.
            """);

    Article article = result.article().orElseThrow(() -> new AssertionError(result));
    assertThat(article.summary()).hasValueSatisfying(s -> assertThat(s).startsWith("Il primo"));
    assertThat(article.report().provenance(ArticleField.SUMMARY))
        .hasValueSatisfying(p -> assertThat(p.line()).isEmpty());
    assertThat(article.body().text()).contains("Il secondo paragrafo").doesNotContain("more");
  }
}
