package dev.redazione.ingest.internal.markdown;

import dev.redazione.core.DiagnosticCode;
import dev.redazione.ingest.internal.DiagnosticLog;
import dev.redazione.ingest.internal.UrlPolicy;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Reports the links and images of a parsed body whose URL {@link UrlPolicy} refuses, such as {@code
 * javascript:} links: {@link SafeUrls} empties them in the HTML, and this says so with an {@code
 * UNSAFE_URL} warning at the line where the URL is written. Stateless.
 */
final class UnsafeUrls {

  private UnsafeUrls() {}

  /**
   * Reports every refused URL of the document.
   *
   * @param markdown the Markdown the document was parsed from, to find each URL's line
   * @param firstLine the file line of the Markdown's first line; 0 when unknown
   */
  static void report(Node document, String markdown, int firstLine, DiagnosticLog log) {
    document.accept(
        new AbstractVisitor() {
          /**
           * Where the search for the next URL starts: links are visited in document order. A URL
           * not found after it (a reference definition written further down) is searched from the
           * start.
           */
          private int searchFrom;

          @Override
          public void visit(Link link) {
            if (!UrlPolicy.isSafeLink(link.getDestination())) {
              warn("link", link.getDestination());
            }
            visitChildren(link);
          }

          @Override
          public void visit(Image image) {
            if (!UrlPolicy.isSafeImage(image.getDestination())) {
              warn("image", image.getDestination());
            }
            visitChildren(image);
          }

          private void warn(String kind, String url) {
            int at = markdown.indexOf(url, searchFrom);
            if (at >= 0) {
              searchFrom = at + url.length();
            } else {
              at = markdown.indexOf(url);
            }
            log.warning(
                MarkdownLines.lineOf(at, markdown, firstLine),
                DiagnosticCode.UNSAFE_URL.code(),
                "the "
                    + kind
                    + " `"
                    + url
                    + "` uses a scheme that is not allowed; it was removed (expected a relative path"
                    + (kind.equals("link") ? ", http(s) or mailto)" : " or an http(s) URL)"));
          }
        });
  }
}
