package dev.redazione.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line of the raw text: its 1-based number, the text as it was, and the normalised text the
 * rules look at.
 *
 * @param number the 1-based line number
 * @param raw the line as written
 * @param text the line after {@link LineNormalizer}
 */
record SourceLine(int number, String raw, String text) {

  SourceLine {
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(text, "text");
  }

  /** Splits text with {@code \n} line ends into numbered, normalised lines. */
  static List<SourceLine> split(String text) {
    String[] parts = text.split("\n", -1);
    int count = parts.length;
    if (count > 1 && parts[count - 1].isEmpty()) {
      count--;
    }
    List<SourceLine> lines = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      lines.add(new SourceLine(i + 1, parts[i], LineNormalizer.normalize(parts[i])));
    }
    return List.copyOf(lines);
  }
}
