package dev.redazione.ingest.bench;

import dev.redazione.extract.html.HtmlExtraction;
import dev.redazione.extract.html.HtmlPageExtractor;
import dev.redazione.ingest.ArticleReader;
import dev.redazione.ingest.ReadResult;
import dev.redazione.testkit.generate.ArticleGenerator;
import dev.redazione.testkit.generate.GeneratedArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Reading one saved HTML page: a generated article of about 900 words in the markup of a news
 * site (JSON-LD, meta tags, a menu of 150 links, a share bar, 40 KB of inline script, related
 * links, a comment thread and a footer; about 75 KB in all).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadHtmlPageBenchmark {

  private final ArticleReader reader = ArticleReader.create();
  private final HtmlPageExtractor extractor = HtmlPageExtractor.create();
  private String page;
  private byte[] bytes;

  /** Generates the page. */
  @Setup
  public void generate() {
    List<GeneratedArticle> articles = new ArticleGenerator().generate(20, 1);
    String text =
        articles.stream().filter(a -> a.fileName().endsWith(".txt")).findFirst().orElseThrow()
            .text();
    page = page(text);
    bytes = page.getBytes(StandardCharsets.UTF_8);
  }

  /** Extraction alone: parse, metadata, main content, Markdown. */
  @Benchmark
  public HtmlExtraction extract() {
    return extractor.extract("pagina.html", page);
  }

  /** The whole read: decode, detect, extract, render and sanitise the body, assemble. */
  @Benchmark
  public ReadResult readHtmlPage() {
    return reader.read("pagina.html", bytes);
  }

  private static String page(String text) {
    List<String> paragraphs =
        text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    String title = paragraphs.get(0);
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html lang=\"it\"><head><meta charset=\"utf-8\">\n")
        .append("<title>").append(title).append(" | Il Quotidiano</title>\n")
        .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
        .append("<meta property=\"og:site_name\" content=\"Il Quotidiano\">\n")
        .append("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"")
        .append(title.replace("\"", "'"))
        .append("\",\"datePublished\":\"2025-03-04T10:30:00+01:00\",")
        .append("\"author\":{\"@type\":\"Person\",\"name\":\"Mario Rossi\"}}</script>\n")
        .append("<script>var config = [")
        .append("{\"slot\": \"banner\", \"sizes\": [[728, 90], [970, 250]]},".repeat(700))
        .append("{}];</script>\n</head><body>\n<header><nav><ul>");
    for (int i = 0; i < 150; i++) {
      html.append("<li><a href=\"/sezione/").append(i).append("\">Sezione ").append(i)
          .append("</a></li>");
    }
    html.append("</ul></nav></header>\n<main><article>\n<h1>").append(title).append("</h1>\n")
        .append("<p class=\"byline\">di Mario Rossi</p>\n")
        .append("<div class=\"share\"><a href=\"#\">Facebook</a> <a href=\"#\">X</a></div>\n")
        .append("<div class=\"article-body\">\n");
    for (String paragraph : paragraphs.subList(1, paragraphs.size())) {
      html.append("<p>").append(paragraph).append("</p>\n");
    }
    html.append("</div></article>\n<aside class=\"related\"><ul>");
    for (int i = 0; i < 10; i++) {
      html.append("<li><a href=\"/altro/").append(i).append("\">Un altro articolo del giorno ")
          .append(i).append("</a></li>");
    }
    html.append("</ul></aside>\n<section class=\"comments\">");
    for (int i = 0; i < 10; i++) {
      html.append("<div class=\"comment\"><p>Un commento di un lettore, numero ").append(i)
          .append(", con una frase di media lunghezza.</p></div>");
    }
    return html.append("</section></main>\n<footer><p>© Il Quotidiano</p></footer>")
        .append("</body></html>\n")
        .toString();
  }
}
