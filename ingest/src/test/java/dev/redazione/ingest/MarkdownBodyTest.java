package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Heading;
import dev.redazione.core.Origin;
import org.junit.jupiter.api.Test;

/** Rendering and sanitising of Markdown bodies, and template code of other generators. */
class MarkdownBodyTest {

  private static Article body(String markdown) {
    return Reading.article("a.md", "---\ntitle: Titolo\n---\n" + markdown);
  }

  @Test
  void rendersTablesStrikethroughAndAutolinks() {
    String html =
        body("""
        | Modello | Anno |
        |:--------|-----:|
        | GPT-4   | 2023 |

        ~~vecchio~~ e https://example.org
        """)
            .body()
            .html();

    assertThat(html)
        .contains("<table>", "<th align=\"left\">Modello</th>", "<td align=\"right\">2023</td>")
        .contains("<del>vecchio</del>")
        .contains("<a href=\"https://example.org\">https://example.org</a>");
  }

  @Test
  void linksBareAddressesButLeavesLinksAndOrdinaryColonsAlone() {
    String html =
        body("Fonti: www.Example.org/report, scrivete a redazione@example.org;"
                + " [già un link https://a.example](https://b.example); ore 10:41.\n")
            .body()
            .html();

    assertThat(html)
        .isEqualTo(
            "<p>Fonti: <a href=\"http://www.Example.org/report\">www.Example.org/report</a>,"
                + " scrivete a <a href=\"mailto:redazione@example.org\">redazione@example.org</a>;"
                + " <a href=\"https://b.example\">già un link https://a.example</a>; ore 10:41.</p>\n");
  }

  @Test
  void givesHeadingsUniqueAnchorsMatchingTheHtml() {
    Article article = body("## L’accordo\n\nTesto.\n\n## L’accordo\n\n### Dettagli `API`\n");

    assertThat(article.headings())
        .extracting(Heading::text)
        .containsExactly("L’accordo", "L’accordo", "Dettagli API");
    for (Heading heading : article.headings()) {
      assertThat(article.body().html())
          .contains("<h" + heading.level() + " id=\"" + heading.anchor() + "\">");
    }
    assertThat(article.headings()).extracting(Heading::anchor).doesNotHaveDuplicates();
  }

  @Test
  void italicLineUnderAnImageIsItsCaption() {
    String html = body("![Alt](img/a.png)\n*Una didascalia*\n").body().html();

    assertThat(html)
        .isEqualTo(
            "<figure><img src=\"img/a.png\" alt=\"Alt\" /><figcaption>Una didascalia</figcaption></figure>\n");
  }

  @Test
  void imageInsideAParagraphStaysInline() {
    String html = body("Testo con ![icona](i.png) dentro.\n").body().html();

    assertThat(html)
        .doesNotContain("<figure>")
        .contains("<p>Testo con <img src=\"i.png\" alt=\"icona\" /> dentro.</p>");
  }

  @Test
  void removesScriptsAndUnsafeUrlsWithAWarning() {
    Article article =
        body(
            """
        <script>alert(1)</script>

        [clic](javascript:alert(1)) <img src="data:image/png;base64,AAAA" onerror="x()">

        <p onclick="x()">Testo</p>
        """);

    assertThat(article.body().html())
        .doesNotContain("script", "javascript", "data:", "onerror", "onclick")
        .contains("clic", "<p>Testo</p>");
    assertThat(article.report().diagnostics())
        .anySatisfy(
            d -> {
              assertThat(d.code()).isEqualTo("UNSAFE_HTML");
              assertThat(d.line()).hasValue(4);
            });
  }

  @Test
  void emptiesUnsafeUrlsOfPlainMarkdownAndSaysWhere() {
    Article article =
        body(
            "Primo paragrafo.\n\n[clic](javascript:alert(1)) ![img](data:image/png;base64,AAAA)"
                + " [ok](https://example.org)\n");

    assertThat(article.body().html())
        .isEqualTo(
            "<p>Primo paragrafo.</p>\n<p><a href=\"\">clic</a> <img src=\"\" alt=\"img\" />"
                + " <a href=\"https://example.org\">ok</a></p>\n");
    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("UNSAFE_URL"))
        .extracting(d -> d.line().orElseThrow() + " " + d.message())
        .containsExactly(
            "6 the link `javascript:alert(1)` uses a scheme that is not allowed; it was removed"
                + " (expected a relative path, http(s) or mailto)",
            "6 the image `data:image/png;base64,AAAA` uses a scheme that is not allowed; it was"
                + " removed (expected a relative path or an http(s) URL)");
  }

  @Test
  void reportsUnsafeHtmlAtTheLineOfItsFirstRemovedPart() {
    Article article =
        body("Primo paragrafo.\n\nSecondo paragrafo.\n\n<div onclick=\"x()\">Testo</div>\n");

    assertThat(article.body().html()).doesNotContain("onclick");
    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("UNSAFE_HTML"))
        .singleElement()
        .satisfies(d -> assertThat(d.line()).hasValue(8));
  }

  @Test
  void reportsARepeatedUnsafeUrlAtEachOfItsLines() {
    Article article = body("[uno](javascript:x)\n\nTesto.\n\n[due](javascript:x)\n");

    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("UNSAFE_URL"))
        .extracting(d -> d.line().orElseThrow())
        .containsExactly(4, 8);
  }

  @Test
  void reportsAnUnsafeReferenceLinkAtItsDefinition() {
    Article article = body("[uno][rif] e [due](javascript:y)\n\nTesto.\n\n[rif]: javascript:x\n");

    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("UNSAFE_URL"))
        .extracting(d -> d.line().orElseThrow())
        .containsExactly(8, 4);
  }

  @Test
  void keepsSafeLinks() {
    String html =
        body("[sito](https://example.org) [mail](mailto:a@example.org) [pagina](../altro.html)\n")
            .body()
            .html();

    assertThat(html)
        .contains(
            "href=\"https://example.org\"",
            "href=\"mailto:a@example.org\"",
            "href=\"../altro.html\"");
  }

  @Test
  void moreMarkerEndsTheSummaryAndIsNotShown() {
    Article article = body("Il **primo** paragrafo.\n\n<!--more-->\n\nIl resto.\n");

    assertThat(article.summary()).hasValue("Il primo paragrafo.");
    assertThat(article.report().provenance(ArticleField.SUMMARY))
        .hasValueSatisfying(
            p -> {
              assertThat(p.origin()).isEqualTo(Origin.DERIVED);
              assertThat(p.line()).hasValue(6);
            });
    assertThat(article.body().markdown()).doesNotContain("more");
    assertThat(article.body().html()).doesNotContain("more");
  }

  @Test
  void hugoFigureShortcodeBecomesAFigure() {
    Article article =
        body("{{< figure src=\"/img/a.jpg\" alt=\"Alt\" caption=\"Didascalia\" >}}\n");

    assertThat(article.body().html())
        .isEqualTo(
            "<figure><img src=\"/img/a.jpg\" alt=\"Alt\" /><figcaption>Didascalia</figcaption></figure>\n");
  }

  @Test
  void youtubeShortcodeBecomesALink() {
    assertThat(body("{{< youtube dQw4w9WgXcQ >}}\n").body().html())
        .contains("<a href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\">Video su YouTube</a>");
  }

  @Test
  void highlightBlocksBecomeFencedCode() {
    Article article =
        body(
            "{% highlight java %}\nint x = \"{{ a }}\".length();\n{% endhighlight %}\n\n"
                + "{{< highlight go >}}\nfmt.Println()\n{{< /highlight >}}\n");

    assertThat(article.body().markdown())
        .isEqualTo("```java\nint x = \"{{ a }}\".length();\n```\n\n```go\nfmt.Println()\n```");
    assertThat(article.body().html())
        .contains("<code class=\"language-java\">", "<code class=\"language-go\">");
    assertThat(article.report().diagnostics()).isEmpty();
  }

  @Test
  void unknownTemplateCodeIsDroppedWithAWarningAtItsLine() {
    Article article =
        body(
            "Testo.\n\n![Logo]({{ site.baseurl }}/img/logo.png)\n\n{{< tweet 123 >}}\n\n{% include nota.html %}\n");

    assertThat(article.body().markdown())
        .doesNotContain("{{", "{%", "}}", "%}")
        .contains("![Logo](/img/logo.png)");
    assertThat(article.report().diagnostics())
        .filteredOn(d -> d.code().equals("TEMPLATE_CODE"))
        .extracting(d -> d.line().getAsInt())
        .containsExactly(6, 8, 10);
  }

  @Test
  void templateCodeInsideCodeBlocksIsLeftAlone() {
    Article article = body("```\n{{< tweet 1 >}} {% raw %}\n```\n");

    assertThat(article.body().markdown()).contains("{{< tweet 1 >}} {% raw %}");
    assertThat(article.report().diagnostics()).isEmpty();
  }
}
