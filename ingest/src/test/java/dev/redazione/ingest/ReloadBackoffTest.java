package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReloadBackoffTest {

  @Test
  void waitsDoubleUpToTheBoundAndStayThere() {
    ReloadBackoff backoff = new ReloadBackoff(Duration.ofMillis(500), Duration.ofSeconds(5));
    List<Long> waits = new ArrayList<>();
    for (int i = 0; i < 7; i++) {
      waits.add(backoff.nextMillis());
    }

    assertThat(waits).containsExactly(500L, 1000L, 2000L, 4000L, 5000L, 5000L, 5000L);
  }

  @Test
  void successStartsAgainFromTheFirstWait() {
    ReloadBackoff backoff = new ReloadBackoff(Duration.ofMillis(500), Duration.ofSeconds(5));
    backoff.nextMillis();
    backoff.nextMillis();

    backoff.reset();

    assertThat(backoff.nextMillis()).isEqualTo(500L);
  }

  @Test
  void boundBelowTheFirstWaitIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ReloadBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)));
  }
}
