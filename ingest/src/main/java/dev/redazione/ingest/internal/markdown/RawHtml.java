package dev.redazione.ingest.internal.markdown;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;

/** Finds whether a parsed document holds raw HTML, which must go through the sanitiser. */
final class RawHtml extends AbstractVisitor {

  private boolean found;

  static boolean isIn(Node document) {
    RawHtml finder = new RawHtml();
    document.accept(finder);
    return finder.found;
  }

  @Override
  public void visit(HtmlBlock node) {
    found = true;
  }

  @Override
  public void visit(HtmlInline node) {
    found = true;
  }

  @Override
  protected void visitChildren(Node parent) {
    if (!found) {
      super.visitChildren(parent);
    }
  }
}
