package dev.redazione.core;

import java.util.Objects;

/**
 * A tag, category, author, year or month with the number of articles that have it. Immutable and
 * thread-safe.
 *
 * @param term the counted value
 * @param count articles with it, at least 1
 * @param <T> the type of the counted value
 */
public record TermCount<T>(T term, int count) {

  /** Validates the count. */
  public TermCount {
    Objects.requireNonNull(term, "term");
    if (count < 1) {
      throw new IllegalArgumentException(
          "count of `" + term + "` must be at least 1, was " + count);
    }
  }
}
