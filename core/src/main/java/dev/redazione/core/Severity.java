package dev.redazione.core;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** The content is wrong: a field could not be read or the article could not be built. */
  ERROR,
  /** The content loads but something is probably wrong or was guessed. */
  WARNING,
  /** Worth knowing; nothing is wrong. */
  INFO;

  /** The lowercase name, as printed in {@code file:line: error: …}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
