package dev.redazione.core;

import java.util.Objects;

/**
 * Where an article was read from. Immutable and thread-safe.
 *
 * @param path the file's path relative to the content folder, with {@code /} separators
 * @param format the detected format
 */
public record Source(String path, SourceFormat format) {

  /** Requires both components. */
  public Source {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(format, "format");
    if (path.isBlank()) {
      throw new IllegalArgumentException("source path is blank");
    }
  }
}
