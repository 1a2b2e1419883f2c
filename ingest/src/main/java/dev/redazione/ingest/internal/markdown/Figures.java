package dev.redazione.ingest.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Turns paragraphs that hold only an image into {@link Figure}s; an italic line right under the
 * image becomes the caption. Stateless and thread-safe.
 */
final class Figures implements PostProcessor {

  @Override
  public Node process(Node document) {
    List<Paragraph> paragraphs = new ArrayList<>();
    document.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Paragraph paragraph) {
            paragraphs.add(paragraph);
          }
        });
    paragraphs.forEach(Figures::toFigure);
    return document;
  }

  private static void toFigure(Paragraph paragraph) {
    List<Node> children = new ArrayList<>();
    for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
      if (!(child instanceof Text text && text.getLiteral().isBlank())) {
        children.add(child);
      }
    }
    boolean lone = children.size() == 1 && children.get(0) instanceof Image;
    boolean captioned =
        children.size() == 3
            && children.get(0) instanceof Image
            && children.get(1) instanceof SoftLineBreak
            && children.get(2) instanceof Emphasis;
    if (!lone && !captioned) {
      return;
    }
    Figure figure = new Figure();
    figure.setSourceSpans(paragraph.getSourceSpans());
    figure.appendChild(children.get(0));
    if (captioned) {
      Node caption = children.get(2);
      while (caption.getFirstChild() != null) {
        figure.appendChild(caption.getFirstChild());
      }
    }
    paragraph.insertBefore(figure);
    paragraph.unlink();
  }
}
