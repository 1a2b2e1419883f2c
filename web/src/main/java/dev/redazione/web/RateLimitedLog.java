package dev.redazione.web;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.slf4j.Logger;

/**
 * Log lines of one kind written at most once per interval, so that a flood of bad requests or
 * failures cannot flood the log: the lines in between are counted, and the next line written says
 * how many were left out. Thread-safe.
 */
final class RateLimitedLog {

  /** The interval of the server's rate-limited logs. */
  static final Duration INTERVAL = Duration.ofSeconds(1);

  private final Logger logger;
  private final long intervalNanos;
  private final LongSupplier nanoClock;
  private final AtomicLong nextLine;
  private final AtomicLong suppressed = new AtomicLong();

  RateLimitedLog(Logger logger) {
    this(logger, INTERVAL, System::nanoTime);
  }

  RateLimitedLog(Logger logger, Duration interval, LongSupplier nanoClock) {
    this.logger = logger;
    this.intervalNanos = interval.toNanos();
    this.nanoClock = nanoClock;
    this.nextLine = new AtomicLong(nanoClock.getAsLong());
  }

  /** Logs a warning, unless one was logged less than an interval ago. */
  void warn(String message) {
    claim().ifPresent(left -> logger.warn(message + left));
  }

  /** Logs an error with its stack trace, unless one was logged less than an interval ago. */
  void error(String message, Throwable error) {
    claim().ifPresent(left -> logger.error(message + left, error));
  }

  /**
   * Whether a line may be written now and, if so, its suffix counting the lines left out since the
   * last one.
   */
  private Optional<String> claim() {
    long now = nanoClock.getAsLong();
    long next = nextLine.get();
    if (now - next < 0 || !nextLine.compareAndSet(next, now + intervalNanos)) {
      suppressed.incrementAndGet();
      return Optional.empty();
    }
    long left = suppressed.getAndSet(0);
    return Optional.of(left == 0 ? "" : " (" + left + " more like it not logged)");
  }
}
