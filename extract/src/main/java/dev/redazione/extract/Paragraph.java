package dev.redazione.extract;

import java.util.List;

/**
 * A paragraph of the body: the source lines it was joined from, its text and its shape.
 *
 * @param lines the 1-based source lines, in order
 * @param text the lines joined with single spaces
 * @param shape the shape of the text
 */
record Paragraph(List<Integer> lines, String text, LineShape shape) {

  Paragraph {
    lines = List.copyOf(lines);
  }

  static Paragraph of(List<Integer> lines, String text, StopWords stopWords) {
    return new Paragraph(lines, text, LineShape.of(text, stopWords));
  }

  int firstLine() {
    return lines.get(0);
  }

  /** Whether the paragraph is one source line. */
  boolean isSingleLine() {
    return lines.size() == 1;
  }
}
