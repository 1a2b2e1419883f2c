package dev.redazione.ingest.internal.markdown;

import dev.redazione.core.Heading;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Gives headings unique anchors with the heading-anchor extension's {@link IdGenerator}: as the
 * {@code id} attribute while rendering, and in the list of {@link Heading}s. Both walk the document
 * in order with a fresh generator, so they agree. Mutable; use one per rendering.
 */
final class HeadingAnchors implements AttributeProvider {

  private final IdGenerator ids = IdGenerator.builder().build();

  /** The headings of a document, in order. */
  static List<Heading> of(Node document) {
    HeadingAnchors anchors = new HeadingAnchors();
    List<Heading> headings = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(org.commonmark.node.Heading heading) {
            String text = text(heading);
            if (!text.isEmpty()) {
              headings.add(new Heading(heading.getLevel(), text, anchors.ids.generateId(text)));
            }
          }
        });
    return headings;
  }

  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (node instanceof org.commonmark.node.Heading) {
      String text = text(node);
      if (!text.isEmpty()) {
        attributes.put("id", ids.generateId(text));
      }
    }
  }

  private static String text(Node heading) {
    StringBuilder text = new StringBuilder();
    heading.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text node) {
            text.append(node.getLiteral());
          }

          @Override
          public void visit(Code node) {
            text.append(node.getLiteral());
          }
        });
    return text.toString().strip();
  }
}
