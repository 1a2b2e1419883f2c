package dev.redazione.ingest.internal;

import java.util.Objects;

/**
 * The decoded text of one file: BOM stripped, {@code \n} line ends, no-break spaces turned into
 * spaces, no trailing blanks. Line {@code n} of the text is line {@code n} of the file. Immutable.
 *
 * @param path the file's path relative to the content folder
 * @param text the normalised text
 */
public record SourceText(String path, String text) {

  /** Requires both components. */
  public SourceText {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(text, "text");
  }
}
