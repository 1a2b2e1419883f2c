package dev.redazione.ingest;

import java.time.Duration;

/**
 * The waits between attempts to act on a changed content folder after a failed attempt: doubling
 * from a first wait up to a bound, so a lasting failure is retried every {@code max} and never
 * given up. Used by one thread.
 */
final class ReloadBackoff {

  private final long firstMillis;
  private final long maxMillis;
  private long nextMillis;

  ReloadBackoff(Duration first, Duration max) {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
      throw new IllegalArgumentException(
          "backoff from " + first + " up to " + max + "; expected 0 < first <= max");
    }
    this.firstMillis = first.toMillis();
    this.maxMillis = max.toMillis();
    this.nextMillis = firstMillis;
  }

  /** The wait before the next attempt, in milliseconds; each call doubles the following one. */
  long nextMillis() {
    long wait = nextMillis;
    nextMillis = Math.min(nextMillis * 2, maxMillis);
    return wait;
  }

  /** Starts again from the first wait, after a success. */
  void reset() {
    nextMillis = firstMillis;
  }
}
