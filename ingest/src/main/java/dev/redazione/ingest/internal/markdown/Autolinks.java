package dev.redazione.ingest.internal.markdown;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;
import org.nibor.autolink.LinkExtractor;
import org.nibor.autolink.LinkSpan;
import org.nibor.autolink.LinkType;
import org.nibor.autolink.Span;

/**
 * Turns bare URLs ({@code https://…}, {@code www.…}) and e-mail addresses in text into links, as
 * GitHub-flavoured Markdown does, with the autolink library's extractor. Text outside links that
 * holds none of {@code :}, {@code @} or {@code www.} cannot contain one and is not scanned, which
 * spares the extractor almost every text node of an article. Stateless and thread-safe.
 */
final class Autolinks implements PostProcessor {

  private static final LinkExtractor EXTRACTOR =
      LinkExtractor.builder()
          .linkTypes(EnumSet.of(LinkType.URL, LinkType.EMAIL, LinkType.WWW))
          .build();

  @Override
  public Node process(Node document) {
    List<Text> candidates = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Link link) {
            // text already inside a link stays as it is
          }

          @Override
          public void visit(Text text) {
            if (mayHoldLink(text.getLiteral())) {
              candidates.add(text);
            }
          }
        });
    candidates.forEach(Autolinks::linkify);
    return document;
  }

  /**
   * Whether the text holds what every link the extractor finds needs: {@code :}, {@code @} or
   * {@code www.}.
   */
  private static boolean mayHoldLink(String text) {
    return text.indexOf(':') >= 0 || text.indexOf('@') >= 0 || text.contains("www.");
  }

  private static void linkify(Text text) {
    String literal = text.getLiteral();
    List<Span> spans = new ArrayList<>();
    EXTRACTOR.extractSpans(literal).forEach(spans::add);
    if (spans.stream().noneMatch(LinkSpan.class::isInstance)) {
      return;
    }
    Node last = text;
    for (Span span : spans) {
      String part = literal.substring(span.getBeginIndex(), span.getEndIndex());
      Node node = new Text(part);
      if (span instanceof LinkSpan link) {
        Link anchor = new Link(destination(link.getType(), part), null);
        anchor.appendChild(node);
        node = anchor;
      }
      last.insertAfter(node);
      last = node;
    }
    text.unlink();
  }

  private static String destination(LinkType type, String text) {
    return switch (type) {
      case EMAIL -> "mailto:" + text;
      case WWW -> "http://" + text;
      default -> text;
    };
  }
}
