package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class RateLimitedLogTest {

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
  private RateLimitedLog log;

  @BeforeEach
  void log() {
    Logger logger = (Logger) LoggerFactory.getLogger("test.rate-limited." + System.nanoTime());
    logger.setAdditive(false);
    appender.start();
    logger.addAppender(appender);
    log = new RateLimitedLog(logger, Duration.ofSeconds(1), nanos::get);
  }

  @Test
  void writesTheFirstLineAtOnce() {
    log.warn("bad request");
    assertThat(appender.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("bad request");
  }

  @Test
  void leavesOutLinesWithinTheIntervalAndCountsThemInTheNextOne() {
    log.warn("one");
    nanos.addAndGet(Duration.ofMillis(300).toNanos());
    log.warn("two");
    log.warn("three");
    nanos.addAndGet(Duration.ofMillis(700).toNanos());
    log.warn("four");
    log.warn("five");

    assertThat(appender.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly("one", "four (2 more like it not logged)");
  }

  @Test
  void errorsKeepTheirStackTrace() {
    log.error("failed", new IllegalStateException("broken"));
    assertThat(appender.list.get(0).getThrowableProxy().getMessage()).isEqualTo("broken");
  }
}
