package dev.redazione.ingest.internal.markdown;

import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;

/**
 * A standalone image with an optional caption, rendered as {@code <figure>}. Its first child is the
 * {@link Image}; the following children, if any, are the caption's inline content.
 */
final class Figure extends CustomBlock {

  Image image() {
    return (Image) getFirstChild();
  }

  boolean hasCaption() {
    Node first = getFirstChild();
    return first != null && first.getNext() != null;
  }
}
