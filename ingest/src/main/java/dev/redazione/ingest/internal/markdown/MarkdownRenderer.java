package dev.redazione.ingest.internal.markdown;

import dev.redazione.core.Body;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.ingest.internal.DiagnosticLog;
import java.util.List;
import java.util.Set;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders canonical Markdown (CommonMark with tables, strikethrough and autolinks) into safe HTML
 * with figures and heading anchors, plain text and the list of headings.
 *
 * <p>Safety: the renderer escapes all text and passes every link and image URL through {@link
 * dev.redazione.ingest.internal.UrlPolicy}, so HTML rendered from Markdown alone is safe by
 * construction. A document with raw HTML goes through the OWASP allow-list as well, and what it
 * removes is reported as {@code UNSAFE_HTML}. Immutable and thread-safe: the parser and renderer
 * are built once.
 */
public final class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS =
      List.of(TablesExtension.create(), StrikethroughExtension.create());
  private static final Parser PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .maxOpenBlockParsers(NestingLimit.MAX_OPEN_BLOCKS)
          .build();

  /** The same parser recording the lines of blocks, to locate a nesting diagnostic. */
  private static final Parser LOCATING_PARSER =
      Parser.builder()
          .extensions(EXTENSIONS)
          .maxOpenBlockParsers(NestingLimit.MAX_OPEN_BLOCKS)
          .includeSourceSpans(IncludeSourceSpans.BLOCKS)
          .build();

  private static final Autolinks AUTOLINKS = new Autolinks();
  private static final Figures FIGURES = new Figures();
  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder()
          .extensions(EXTENSIONS)
          .nodeRendererFactory(FigureRenderer::new)
          .attributeProviderFactory(context -> new HeadingAnchors())
          .attributeProviderFactory(context -> new SafeUrls())
          .attributeProviderFactory(context -> new CodeLanguages())
          .build();

  private final HtmlSanitizer sanitizer = new HtmlSanitizer();

  /**
   * Renders a body. Its HTML is rendered now when the Markdown holds raw HTML, which must be
   * sanitised and may give an {@code UNSAFE_HTML} warning; otherwise on first use, from the same
   * Markdown, since HTML written by the renderer alone is safe by construction. Either way the body
   * knows the sources of its images at once.
   *
   * @param markdown canonical Markdown, as prepared by {@link MarkdownPreprocessor}
   * @param firstLine the file line of the body's first line, for diagnostics
   */
  public RenderedMarkdown render(String markdown, int firstLine, DiagnosticLog log) {
    Parsed parsed = parse(markdown);
    Node document = parsed.document();
    if (parsed.flattened()) {
      log.warning(
          tooDeepLine(markdown, firstLine),
          DiagnosticCode.NESTING_TOO_DEEP.code(),
          "the body nests quotes and lists "
              + NestingLimit.MAX_OPEN_BLOCKS
              + " levels deep or more, or other elements more than "
              + NestingLimit.MAX_DEPTH
              + " levels; the deeper parts are shown as text");
    }
    UnsafeUrls.report(document, markdown, firstLine, log);
    PlainText plain = PlainText.collect(document, markdown.length());
    String text = plain.text();
    Body body;
    if (RawHtml.isIn(document)) {
      String html = sanitisedHtml(document, markdown, firstLine, log);
      body = new Body(markdown, html, text).withImageSources(ImageSources.in(html));
    } else {
      body =
          Body.withLazyHtml(markdown, () -> safeHtml(markdown), text)
              .withImageSources(ImageSources.of(document, RENDERER));
    }
    body = body.withCaptions(plain.captions());
    return new RenderedMarkdown(body, HeadingAnchors.of(document));
  }

  private String sanitisedHtml(Node document, String markdown, int firstLine, DiagnosticLog log) {
    HtmlSanitizer.Sanitised safe = sanitizer.sanitise(html(document, markdown));
    if (!safe.removed().isEmpty()) {
      log.warning(
          MarkdownLines.lineOf(firstRemoved(safe.removed(), markdown), markdown, firstLine),
          DiagnosticCode.UNSAFE_HTML.code(),
          "the body's HTML had parts that are not allowed, which were removed: "
              + String.join(", ", safe.removed()));
    }
    return safe.html();
  }

  /**
   * Where the first removed part is written in the Markdown: the earliest of the removed elements'
   * opening tags ({@code <script}) and attribute names ({@code onclick}); -1 when none is found.
   */
  private static int firstRemoved(Set<String> removed, String markdown) {
    int first = -1;
    for (String part : removed) {
      String written =
          part.startsWith("<")
              ? part.substring(0, part.length() - 1)
              : part.substring(part.indexOf(' ') + 1) + "=";
      int at = MarkdownLines.indexOfIgnoreCase(markdown, written);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    }
    return first;
  }

  /**
   * The HTML of Markdown without raw HTML, as a body renders it on first use: safe by construction,
   * so not sanitised.
   */
  public static String safeHtml(String markdown) {
    return html(parse(markdown).document(), markdown);
  }

  private static String html(Node document, String markdown) {
    StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 4 + 64);
    RENDERER.render(document, html);
    replaceLoneSurrogates(html);
    return html.toString();
  }

  /**
   * Replaces each half of a surrogate pair that stands alone, such as the character reference
   * {@code &#xD800;} decodes to, with U+FFFD: it is not a character, and no encoding can write it.
   */
  private static void replaceLoneSurrogates(StringBuilder html) {
    for (int i = 0; i < html.length(); i++) {
      char c = html.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < html.length()
          && Character.isLowSurrogate(html.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        html.setCharAt(i, '\uFFFD');
      }
    }
  }

  /** The plain text of Markdown, for summaries. */
  public String plainText(String markdown) {
    return PlainText.of(parse(markdown).document(), markdown.length());
  }

  /**
   * A parsed document, nesting bounded, then post-processed.
   *
   * @param document the document
   * @param flattened whether it nested too deep and was flattened
   */
  private record Parsed(Node document, boolean flattened) {}

  /**
   * Parses Markdown into a document whose depth {@link NestingLimit} bounds; {@link InlineNesting}
   * has kept the parser's own recursion in bounds.
   */
  private static Parsed parse(String markdown) {
    Node document = PARSER.parse(markdown);
    boolean flattened = NestingLimit.flatten(document);
    AUTOLINKS.process(document);
    FIGURES.process(document);
    return new Parsed(document, flattened);
  }

  /** The file line of the first block nested too deep, parsing again to know lines. */
  private static int tooDeepLine(String markdown, int firstLine) {
    Node node = NestingLimit.firstTooDeep(LOCATING_PARSER.parse(markdown));
    while (node != null && node.getSourceSpans().isEmpty()) {
      node = node.getParent();
    }
    if (firstLine == 0 || node == null) {
      return firstLine;
    }
    return firstLine + node.getSourceSpans().get(0).getLineIndex();
  }
}
