package dev.redazione.ingest.internal.markdown;

import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * Bounds how deeply a parsed document nests, so that every renderer and visitor that recurses over
 * the tree (HTML, plain text, headings, figures, autolinks) stays far from the end of the stack.
 *
 * <p>Blocks are bounded by the parser itself ({@link #MAX_OPEN_BLOCKS} open block parsers: deeper
 * quote or list markers are read as text); inline nodes, such as images inside images, by {@link
 * #flatten}: a node at depth {@value #MAX_DEPTH} keeps its text as one plain text child. The walks
 * here are loops, never recursion. Stateless.
 */
final class NestingLimit {

  /** The most block parsers open at once: blockquotes and list items nest at most this deep. */
  static final int MAX_OPEN_BLOCKS = 48;

  /** The deepest node of a document, the document being at depth 0. */
  static final int MAX_DEPTH = 96;

  private NestingLimit() {}

  /**
   * Flattens what nests deeper than {@link #MAX_DEPTH}.
   *
   * @return whether the document reached a limit: blocks as deep as the parser allows, or inline
   *     nodes flattened
   */
  static boolean flatten(Node document) {
    boolean reached = false;
    Node node = document;
    int depth = 0;
    while (node != null) {
      if (node instanceof Block && depth > MAX_OPEN_BLOCKS) {
        reached = true;
      }
      if (depth == MAX_DEPTH && node.getFirstChild() != null) {
        replaceChildrenWithText(node);
        reached = true;
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != document && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == document ? null : node.getNext();
    }
    return reached;
  }

  /** The first node, in document order, at a depth where {@link #flatten} reports a limit. */
  static Node firstTooDeep(Node document) {
    Node node = document;
    int depth = 0;
    while (node != null) {
      if (depth > MAX_DEPTH || node instanceof Block && depth > MAX_OPEN_BLOCKS) {
        return node;
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        depth++;
        continue;
      }
      while (node != document && node.getNext() == null) {
        node = node.getParent();
        depth--;
      }
      node = node == document ? null : node.getNext();
    }
    return null;
  }

  private static void replaceChildrenWithText(Node parent) {
    boolean blocks = parent.getFirstChild() instanceof Block;
    Text text = new Text(textOf(parent));
    while (parent.getFirstChild() != null) {
      parent.getFirstChild().unlink();
    }
    if (blocks) {
      Paragraph paragraph = new Paragraph();
      paragraph.appendChild(text);
      parent.appendChild(paragraph);
    } else {
      parent.appendChild(text);
    }
  }

  /** The text under a node: literals of text and code, line breaks as spaces. */
  private static String textOf(Node parent) {
    StringBuilder text = new StringBuilder();
    Node node = parent.getFirstChild();
    while (node != null) {
      if (node instanceof Text t) {
        text.append(t.getLiteral());
      } else if (node instanceof Code code) {
        text.append(code.getLiteral());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        text.append(' ');
      } else if (node instanceof Block && text.length() > 0) {
        text.append(' ');
      }
      if (node.getFirstChild() != null) {
        node = node.getFirstChild();
        continue;
      }
      while (node != parent && node.getNext() == null) {
        node = node.getParent();
      }
      node = node == parent ? null : node.getNext();
    }
    return text.toString().strip();
  }
}
