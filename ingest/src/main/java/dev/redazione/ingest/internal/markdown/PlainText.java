package dev.redazione.ingest.internal.markdown;

import dev.redazione.core.FigureCaption;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Collects the plain text of a parsed document: the words readers read, blocks separated by blank
 * lines; image alternative texts and raw HTML are left out. Mutable; use one per document.
 */
final class PlainText extends AbstractVisitor {

  private final StringBuilder text;
  private final List<FigureCaption> captions = new ArrayList<>();

  private PlainText(int capacity) {
    this.text = new StringBuilder(capacity);
  }

  /**
   * The plain text of a document.
   *
   * @param sourceLength the length of the Markdown it was parsed from, to size the text at once
   */
  static String of(Node document, int sourceLength) {
    return collect(document, sourceLength).text();
  }

  /** The plain text of a document and the captions of its figures; see {@link #of}. */
  static PlainText collect(Node document, int sourceLength) {
    PlainText collector = new PlainText(sourceLength);
    document.accept(collector);
    return collector;
  }

  /** The text collected. */
  String text() {
    return text.toString().strip();
  }

  /** The captions of the figures, as they stand in the text. */
  List<FigureCaption> captions() {
    return List.copyOf(captions);
  }

  @Override
  public void visit(CustomBlock node) {
    if (!(node instanceof Figure figure) || !figure.hasCaption()) {
      super.visit(node);
      return;
    }
    separate();
    int start = text.length();
    super.visit(node);
    String caption = text.substring(start).strip();
    if (!caption.isEmpty()) {
      captions.add(new FigureCaption(figure.image().getDestination(), caption));
    }
  }

  @Override
  public void visit(Text node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(Code node) {
    text.append(node.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak node) {
    text.append(' ');
  }

  @Override
  public void visit(HardLineBreak node) {
    text.append('\n');
  }

  @Override
  public void visit(Image node) {
    // The alternative text describes the image; it is not part of the text readers read.
  }

  @Override
  public void visit(FencedCodeBlock node) {
    separate();
    text.append(node.getLiteral().strip());
  }

  @Override
  public void visit(IndentedCodeBlock node) {
    separate();
    text.append(node.getLiteral().strip());
  }

  @Override
  protected void visitChildren(Node parent) {
    if (parent instanceof Block
        && parent.getParent() != null
        && !(parent.getFirstChild() instanceof Block)) {
      separate();
    } else if (parent instanceof CustomNode && text.length() > 0) {
      text.append(' ');
    }
    super.visitChildren(parent);
  }

  private void separate() {
    int length = text.length();
    if (length == 0
        || (text.charAt(length - 1) == '\n' && length > 1 && text.charAt(length - 2) == '\n')) {
      return;
    }
    text.append(text.charAt(length - 1) == '\n' ? "\n" : "\n\n");
  }
}
