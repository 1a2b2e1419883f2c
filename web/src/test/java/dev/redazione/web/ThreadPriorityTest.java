package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** A thread's priority is lowered where the system allows it, and nothing fails where not. */
class ThreadPriorityTest {

  private static final Path THREAD_STAT = Path.of("/proc/thread-self/stat");

  @Test
  void reniceLowersTheNicenessOfTheCallingThreadOnly() throws Exception {
    assumeThat(Files.isReadable(THREAD_STAT)).as("Linux thread stats").isTrue();
    assumeThat(onPath("renice")).as("renice on the PATH").isTrue();
    int before = niceness();
    assumeThat(before).as("a niceness renice can raise").isLessThan(ThreadPriority.RELOAD);

    int after =
        onThread(
            () -> {
              ThreadPriority.lowerCurrentThread(ThreadPriority.RELOAD);
              return niceness();
            });

    assertThat(after).isGreaterThanOrEqualTo(ThreadPriority.RELOAD);
    assertThat(niceness()).as("the calling thread of the test").isEqualTo(before);
  }

  @Test
  void aMissingReniceLeavesTheThreadRunningAtItsNiceness() throws Exception {
    int before = onThread(ThreadPriorityTest::nicenessOrZero);

    int[] after =
        onThread(
            () -> {
              ThreadPriority.lowerCurrentThread(
                  ThreadPriority.RELOAD, "renice-that-is-not-installed");
              return new int[] {nicenessOrZero(), Thread.currentThread().getPriority()};
            });

    assertThat(after[0]).isEqualTo(before);
    assertThat(after[1]).isEqualTo(Thread.MIN_PRIORITY);
  }

  @Test
  void aFailingReniceLeavesTheThreadRunningAtItsNiceness() throws Exception {
    assumeThat(onPath("false")).as("false on the PATH").isTrue();
    int before = onThread(ThreadPriorityTest::nicenessOrZero);

    int after =
        onThread(
            () -> {
              ThreadPriority.lowerCurrentThread(ThreadPriority.RELOAD, "false");
              return nicenessOrZero();
            });

    assertThat(after).isEqualTo(before);
  }

  private interface Work<T> {
    T run() throws Exception;
  }

  /** Runs work on a new thread, so that the test's own thread keeps its priority. */
  private static <T> T onThread(Work<T> work) throws Exception {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<Exception> failure = new AtomicReference<>();
    Thread thread =
        new Thread(
            () -> {
              try {
                result.set(work.run());
              } catch (Exception e) {
                failure.set(e);
              }
            });
    thread.start();
    thread.join();
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  /** The niceness of the calling thread: field 19 of its stat line, the 17th after the name. */
  private static int niceness() throws IOException {
    String stat = Files.readString(THREAD_STAT);
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return Integer.parseInt(fields[16]);
  }

  private static int nicenessOrZero() throws IOException {
    return Files.isReadable(THREAD_STAT) ? niceness() : 0;
  }

  private static boolean onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String folder : path.split(java.io.File.pathSeparator)) {
      if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, program))) {
        return true;
      }
    }
    return false;
  }
}
