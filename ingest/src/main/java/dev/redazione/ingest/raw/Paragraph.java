package dev.redazione.ingest.raw;

import java.util.List;

/**
 * A paragraph of the body: the source lines it was joined from and its text.
 *
 * @param lines the 1-based source lines, in order
 * @param text the lines joined with single spaces
 */
record Paragraph(List<Integer> lines, String text) {

  Paragraph {
    lines = List.copyOf(lines);
  }

  int firstLine() {
    return lines.get(0);
  }

  /** Whether the paragraph is one source line. */
  boolean isSingleLine() {
    return lines.size() == 1;
  }

  LineShape shape() {
    return LineShape.of(text);
  }
}
