package dev.redazione.extract.html;

import org.jsoup.nodes.Node;

/** The source line of a parsed node, for provenance and removed blocks. Stateless. */
final class SourceLines {

  private SourceLines() {}

  /** The 1-based line the node starts on (1 when the parser did not track it). */
  static int of(Node node) {
    return Math.max(1, node.sourceRange().start().lineNumber());
  }
}
