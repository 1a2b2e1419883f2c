package dev.redazione.core;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where one field's value came from: the kind of origin and, when known, the 1-based line of the
 * source file. Immutable and thread-safe.
 *
 * @param origin the kind of origin
 * @param lineNumber the 1-based line, or 0 when the value does not come from one line
 */
public record Provenance(Origin origin, int lineNumber) {

  /** Validates the line number. */
  public Provenance {
    Objects.requireNonNull(origin, "origin");
    if (lineNumber < 0) {
      throw new IllegalArgumentException("provenance line " + lineNumber + " is negative");
    }
  }

  /** A provenance not tied to one line. */
  public static Provenance of(Origin origin) {
    return new Provenance(origin, 0);
  }

  /** A provenance at a line. */
  public static Provenance at(Origin origin, int line) {
    if (line < 1) {
      throw new IllegalArgumentException("provenance line must be at least 1, was " + line);
    }
    return new Provenance(origin, line);
  }

  /** The 1-based line, when the value comes from one line. */
  public OptionalInt line() {
    return lineNumber == 0 ? OptionalInt.empty() : OptionalInt.of(lineNumber);
  }
}
