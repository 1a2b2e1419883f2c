package dev.redazione.extract;

import dev.redazione.core.Provenance;
import java.util.Objects;

/**
 * A value extracted from raw text together with where it came from. Immutable and thread-safe when
 * the value is.
 *
 * @param value the extracted value
 * @param provenance its origin and source line
 * @param <T> the type of the value
 */
public record Extracted<T>(T value, Provenance provenance) {

  /** Requires both components. */
  public Extracted {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(provenance, "provenance");
  }
}
