package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFolderWatcherTest {

  private static final ContentFolderWatcher.Pacing PACING =
      new ContentFolderWatcher.Pacing(
          Duration.ofMillis(200),
          Duration.ofSeconds(3),
          Duration.ofMillis(100),
          Duration.ofMillis(400));

  @TempDir Path folder;

  /** Records each call of the listener; answers with the next of the given outcomes, then true. */
  private static final class Calls implements ContentFolderWatcher.Listener {
    final LinkedBlockingQueue<Boolean> calls = new LinkedBlockingQueue<>();
    final List<Boolean> outcomes = new CopyOnWriteArrayList<>();
    volatile boolean recovered;

    @Override
    public boolean changed(boolean retrying) {
      calls.add(retrying);
      return outcomes.isEmpty() || outcomes.remove(0);
    }

    @Override
    public void recovered() {
      recovered = true;
    }

    Boolean next() throws InterruptedException {
      return calls.poll(10, TimeUnit.SECONDS);
    }
  }

  private ContentFolderWatcher watch(Calls calls) {
    return ContentFolderWatcher.start(
        folder,
        PACING,
        task -> {
          Thread thread = new Thread(task, "test-watcher");
          thread.setDaemon(true);
          return thread;
        },
        calls);
  }

  @Test
  void aBurstOfChangesIsOneCall() throws Exception {
    Calls calls = new Calls();
    try (ContentFolderWatcher watching = watch(calls)) {
      for (int i = 0; i < 5; i++) {
        Files.writeString(folder.resolve("a" + i + ".md"), "testo " + i);
      }
      Files.delete(folder.resolve("a0.md"));

      assertThat(calls.next()).isFalse();
      assertThat(calls.calls.poll(600, TimeUnit.MILLISECONDS)).as("a second call").isNull();
    }
  }

  @Test
  void changesInASubfolderCreatedAfterTheStartAreSeen() throws Exception {
    Calls calls = new Calls();
    try (ContentFolderWatcher watching = watch(calls)) {
      Path sub = Files.createDirectory(folder.resolve("2025"));
      assertThat(calls.next()).isNotNull();
      Files.writeString(sub.resolve("b.md"), "testo");
      assertThat(calls.next()).isNotNull();
    }
  }

  @Test
  void aFailedCallIsRetriedWithoutAnotherChangeUntilItSucceeds() throws Exception {
    Calls calls = new Calls();
    calls.outcomes.addAll(List.of(false, false));
    try (ContentFolderWatcher watching = watch(calls)) {
      Files.writeString(folder.resolve("c.md"), "testo");

      assertThat(calls.next()).isFalse();
      assertThat(calls.next()).as("first retry").isTrue();
      assertThat(calls.next()).as("second retry").isTrue();
      assertThat(calls.next())
          .as("the call for what changed before it was watched again")
          .isFalse();
      assertThat(calls.calls.poll(800, TimeUnit.MILLISECONDS)).as("then").isNull();
      assertThat(calls.recovered).isTrue();
    }
  }

  @Test
  void noCallStartsAfterClose() throws IOException, InterruptedException {
    Calls calls = new Calls();
    watch(calls).close();
    Files.writeString(folder.resolve("d.md"), "testo");
    assertThat(calls.calls.poll(600, TimeUnit.MILLISECONDS)).isNull();
  }

  @Test
  void pacingRefusesAQuietTimeLongerThanItsBound() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new ContentFolderWatcher.Pacing(
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(1),
                    Duration.ofMillis(100),
                    Duration.ofMillis(400)));
  }
}
