package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WorkPoolTest {

  @Test
  void runsWorkOnItsOwnThreads() throws Exception {
    try (WorkPool pool = new WorkPool("probe", 1, 1, 0)) {
      String thread = pool.submit(() -> Thread.currentThread().getName(), () -> "full").get();
      assertThat(thread).isEqualTo("probe-1");
    }
  }

  @Test
  void answersWithTheFullResultOnceThreadsAndQueueAreTaken() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    try (WorkPool pool = new WorkPool("probe", 1, 1, 0)) {
      CompletableFuture<String> running = pool.submit(() -> await(release, "first"), () -> "full");
      CompletableFuture<String> queued = pool.submit(() -> "second", () -> "full");
      CompletableFuture<String> rejected = pool.submit(() -> "third", () -> "full");

      assertThat(rejected).isCompletedWithValue("full");
      release.countDown();
      assertThat(running.get(5, TimeUnit.SECONDS)).isEqualTo("first");
      assertThat(queued.get(5, TimeUnit.SECONDS)).isEqualTo("second");
    }
  }

  @Test
  void failingWorkCompletesTheFutureExceptionally() {
    try (WorkPool pool = new WorkPool("probe", 1, 0, 0)) {
      CompletableFuture<String> failed =
          pool.submit(
              () -> {
                throw new IllegalStateException("broken");
              },
              () -> "full");
      assertThatThrownBy(() -> failed.get(5, TimeUnit.SECONDS))
          .isInstanceOf(ExecutionException.class)
          .hasRootCauseMessage("broken");
    }
  }

  @Test
  void itsThreadsRunAtTheNicenessItGivesThem() throws Exception {
    Path stat = Path.of("/proc/thread-self/stat");
    assumeThat(Files.isReadable(stat)).as("Linux thread stats").isTrue();
    try (WorkPool pool = new WorkPool("probe", 1, 1, ThreadPriority.SEARCH)) {
      String line = pool.submit(() -> read(stat), () -> "full").get(10, TimeUnit.SECONDS);
      String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
      assumeThat(Integer.parseInt(fields[16]))
          .as("renice could lower the priority here (it is on the PATH)")
          .isNotZero();
      assertThat(Integer.parseInt(fields[16])).isEqualTo(ThreadPriority.SEARCH);
    }
  }

  @Test
  void refusesAPoolWithoutThreads() {
    assertThatThrownBy(() -> new WorkPool("probe", 0, 4, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probe");
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String await(CountDownLatch latch, String result) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return result;
  }
}
