package dev.redazione.ingest.internal.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.ingest.ArticleReader;
import dev.redazione.ingest.internal.DiagnosticLog;
import dev.redazione.testkit.SampleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.parser.Parser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/**
 * The HTML rendered on first use, without the sanitiser ({@code Body.withLazyHtml}: bodies without
 * raw HTML), is what the sanitiser would leave untouched: over the seeds, generated articles and
 * seeded random Markdown of every construct the renderer handles, sanitising it removes nothing and
 * changes nothing but the sanitiser's own spelling of the same HTML.
 */
class LazyHtmlSafetyTest {

  private static final long SEED = 20_261_201L;
  private static final int RANDOM_BODIES = 2_000;
  private static final Parser PLAIN = Parser.builder().build();
  private static final MarkdownRenderer RENDERER = new MarkdownRenderer();
  private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();
  private static final Pattern PERCENT_ASCII = Pattern.compile("%([2-7][0-9A-Fa-f])");

  @Test
  void sanitisingLazilyRenderedHtmlChangesNothing() throws IOException {
    List<byte[]> files = new ArrayList<>(SampleFiles.seedsAndGenerated(100, SEED));
    Random random = new Random(SEED);
    for (int i = 0; i < RANDOM_BODIES; i++) {
      files.add(
          ("---\ntitle: Titolo\n---\n" + RandomMarkdown.body(random))
              .getBytes(StandardCharsets.UTF_8));
    }
    int lazy = 0;
    for (String markdown : bodies(files)) {
      if (RawHtml.isIn(PLAIN.parse(markdown))) {
        continue;
      }
      lazy++;
      String html = RENDERER.render(markdown, 0, new DiagnosticLog("a.md")).body().html();
      HtmlSanitizer.Sanitised sanitised = SANITIZER.sanitise(html);
      assertThat(sanitised.removed())
          .as("removed from the HTML of%n%s%n%s", markdown, html)
          .isEmpty();
      assertThat(normalised(sanitised.html()))
          .as("sanitised HTML of%n%s", markdown)
          .isEqualTo(normalised(html));
    }
    assertThat(lazy).isGreaterThan(RANDOM_BODIES / 2);
  }

  /**
   * The HTML as jsoup writes it back, in the sanitiser's spelling: no white space between list
   * items or table rows and cells (HTML allows no text there), and URLs with ASCII characters
   * percent-decoded (the sanitiser encodes some, such as parentheses and spaces), attribute values
   * without trailing spaces (the sanitiser adds one after a backtick, for old browsers), and
   * without the empty comments the sanitiser puts between two braces ({@code {{}) against
   * client-side templates, which the site does not use.
   */
  private static String normalised(String html) {
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    document
        .select("ul, ol, table, thead, tbody, tfoot, tr")
        .forEach(
            element ->
                element.textNodes().stream().filter(TextNode::isBlank).forEach(TextNode::remove));
    for (String attribute : new String[] {"href", "src"}) {
      document
          .select("[" + attribute + "]")
          .forEach(element -> element.attr(attribute, asciiDecoded(element.attr(attribute))));
    }
    document
        .getAllElements()
        .forEach(e -> e.attributes().forEach(a -> a.setValue(a.getValue().stripTrailing())));
    document
        .getAllElements()
        .forEach(
            e ->
                e.childNodes().stream()
                    .filter(Comment.class::isInstance)
                    .toList()
                    .forEach(org.jsoup.nodes.Node::remove));
    return document.body().html();
  }

  private static String asciiDecoded(String url) {
    Matcher escape = PERCENT_ASCII.matcher(url);
    StringBuilder out = new StringBuilder();
    while (escape.find()) {
      char decoded = (char) Integer.parseInt(escape.group(1), 16);
      escape.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(decoded)));
    }
    escape.appendTail(out);
    return out.toString();
  }

  /** The bodies of the files, as the reader prepares them. */
  private static List<String> bodies(List<byte[]> files) {
    List<String> bodies = new ArrayList<>();
    for (byte[] file : files) {
      ArticleReader.create()
          .read("a.md", file)
          .article()
          .ifPresent(article -> bodies.add(article.body().markdown()));
    }
    assertThat(bodies).hasSizeGreaterThan(100);
    return bodies;
  }
}
