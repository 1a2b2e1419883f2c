package dev.redazione.core;

import java.util.Objects;

/**
 * A section heading inside an article body. Immutable and thread-safe.
 *
 * @param level 2 to 6 (level 1 is the article title)
 * @param text the heading text
 * @param anchor the id of the heading in the rendered HTML, for links to the section
 */
public record Heading(int level, String text, String anchor) {

  /** Validates the level and that text and anchor are present. */
  public Heading {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("heading level " + level + " is out of range 1..6");
    }
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
    if (text.isBlank()) {
      throw new IllegalArgumentException("heading text is blank");
    }
  }
}
