package dev.redazione.core;

import java.util.Objects;

/**
 * A line of a raw source that cleaning removed from the body, kept so that nothing is silently
 * dropped and a maintainer can disagree. Immutable and thread-safe.
 *
 * @param line the 1-based line of the source file
 * @param text the line as it was
 * @param rule the name of the cleaning rule that removed it, such as {@code ad-label}
 */
public record RemovedLine(int line, String text, String rule) {

  /** Validates the line and requires text and rule. */
  public RemovedLine {
    if (line < 1) {
      throw new IllegalArgumentException("removed line number must be at least 1, was " + line);
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
  }
}
