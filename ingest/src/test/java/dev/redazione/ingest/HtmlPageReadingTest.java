package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Author;
import dev.redazione.core.Origin;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlPageReadingTest {

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="it"><head>
      <title>Nuova pista ciclabile sul lungofiume | Gazzetta del Fiume</title>
      <meta property="og:site_name" content="Gazzetta del Fiume">
      <meta property="article:published_time" content="2025-06-02T09:00:00+02:00">
      <meta name="author" content="Paolo Riva">
      </head><body>
      <nav><a href="/">Home</a> <a href="/cronaca">Cronaca</a></nav>
      <article>
      <h1>Nuova pista ciclabile sul lungofiume</h1>
      <p class="firma">di Paolo Riva</p>
      <p>La pista collega il ponte vecchio al parco nord, per quattro chilometri lungo l'argine,
      ed è separata dalla strada da una fila di alberi appena piantati.</p>
      <p>I lavori sono finiti con un mese di anticipo sul calendario previsto dal Comune.</p>
      <p><a href="javascript:alert(1)">un link pericoloso</a> resta solo testo.</p>
      </article>
      <footer>Gazzetta del Fiume</footer>
      </body></html>
      """;

  @Test
  void readsASavedPageWithTheProvenanceOfEachField() {
    Article article = Reading.article("pista.html", PAGE);

    assertThat(article.report().source().format()).isEqualTo(SourceFormat.HTML_PAGE);
    assertThat(article.language()).isEqualTo("it");
    assertThat(article.title()).isEqualTo("Nuova pista ciclabile sul lungofiume");
    assertThat(article.report().provenance(ArticleField.TITLE).orElseThrow().origin())
        .isEqualTo(Origin.HTML_ELEMENT);
    assertThat(article.report().provenance(ArticleField.TITLE).orElseThrow().lineNumber())
        .isEqualTo(10);
    assertThat(article.date().orElseThrow().toIso()).isEqualTo("2025-06-02T09:00+02:00");
    assertThat(article.report().provenance(ArticleField.DATE).orElseThrow().origin())
        .isEqualTo(Origin.HTML_META);
    assertThat(article.authors()).extracting(Author::name).containsExactly("Paolo Riva");
    assertThat(article.body().text()).startsWith("La pista collega il ponte vecchio");
    assertThat(article.body().text()).doesNotContain("Cronaca", "di Paolo Riva");
    assertThat(article.report().removed())
        .extracting(r -> r.rule() + ": " + r.text())
        .contains("html-page-chrome: Home Cronaca", "html-byline: di Paolo Riva");
  }

  @Test
  void givesThePageItsStandfirstTagsAndLeadImageWithProvenance() {
    String page =
        PAGE.replace(
            "<meta name=\"author\" content=\"Paolo Riva\">",
            """
            <meta name="author" content="Paolo Riva">
            <meta property="og:description" content="Quattro chilometri lungo l'argine, dal ponte vecchio al parco nord">
            <meta property="og:image" content="/foto/pista.jpg">
            <meta property="og:url" content="https://gazzetta.example/cronaca/pista">
            <meta property="article:tag" content="Mobilità">
            <meta property="article:tag" content="Ciclabili">""");

    Article article = Reading.article("pista.html", page);

    assertThat(article.subtitle())
        .hasValue("Quattro chilometri lungo l'argine, dal ponte vecchio al parco nord");
    assertThat(article.report().provenance(ArticleField.SUBTITLE).orElseThrow().origin())
        .isEqualTo(Origin.HTML_META);
    assertThat(article.image().orElseThrow().src())
        .isEqualTo("https://gazzetta.example/foto/pista.jpg");
    assertThat(article.report().provenance(ArticleField.IMAGE).orElseThrow().lineNumber())
        .isEqualTo(8);
    assertThat(article.tags()).extracting(Tag::name).containsExactly("Mobilità", "Ciclabili");
    assertThat(article.report().provenance(ArticleField.TAGS).orElseThrow().origin())
        .isEqualTo(Origin.HTML_META);
  }

  @Test
  void detectsThePageByContentWhateverTheFileName(@TempDir Path folder) throws Exception {
    Files.writeString(folder.resolve("pista.txt"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("salvata.htm"), PAGE.replace("pista", "corsia"));

    LoadResult result = ContentLoader.create().load(folder);

    assertThat(result.archive().articles())
        .extracting(a -> a.report().source().format())
        .containsOnly(SourceFormat.HTML_PAGE)
        .hasSize(2);
  }

  @Test
  void keepsMarkdownWithInlineHtmlAsRawText() {
    Article article =
        Reading.article(
            "nota.txt",
            "<p>Una nota scritta in HTML</p>\n\nIl resto del testo incollato da una pagina.\n");

    assertThat(article.report().source().format()).isEqualTo(SourceFormat.RAW_TEXT);
  }

  @Test
  void importWritesThePageAsFrontMatterMarkdownThatReadsBackWithItsOrigins() {
    Article article = Reading.article("pista.html", PAGE);

    String markdown = CanonicalMarkdown.write(article);
    Article again = Reading.article("pista.md", markdown);

    assertThat(markdown).contains("  title: HTML_ELEMENT\n", "  date: HTML_META\n");
    assertThat(markdown).doesNotContain("javascript:");
    assertThat(again.report().source().format()).isEqualTo(SourceFormat.FRONT_MATTER_MARKDOWN);
    assertThat(again.title()).isEqualTo(article.title());
    assertThat(again.date()).isEqualTo(article.date());
    assertThat(again.report().provenance(ArticleField.AUTHORS).orElseThrow().origin())
        .isEqualTo(Origin.HTML_META);
  }
}
