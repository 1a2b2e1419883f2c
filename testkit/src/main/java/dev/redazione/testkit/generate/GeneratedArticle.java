package dev.redazione.testkit.generate;

import java.util.Objects;

/**
 * One generated article file: its name in the content folder and its text. Immutable.
 *
 * @param fileName the file name, unique within one generation
 * @param text the file's text
 */
public record GeneratedArticle(String fileName, String text) {

  /** Requires both components. */
  public GeneratedArticle {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(text, "text");
  }
}
