package dev.redazione.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the scheduling priority of a thread whose work can wait, so that when it competes for a
 * core with Netty's event loops, which answer the pages already rendered, the event loops get it
 * first: searches at niceness {@value #SEARCH}, the reloading thread lower still, at {@value
 * #RELOAD}. Java's thread priorities are ignored by the JVM on Linux unless it runs as root, so the
 * thread is also given its niceness by {@code renice} on its Linux thread id (raising one's own
 * niceness needs no privilege). Best effort: where that is not possible (no {@code
 * /proc/thread-self}, no {@code renice}, or it fails or takes longer than {@link #WAIT_SECONDS} s)
 * the thread keeps its niceness, which is logged in one line at debug level. Stateless.
 */
final class ThreadPriority {

  /** The niceness of the search threads: 0 is the default, 19 the lowest priority. */
  static final int SEARCH = 5;

  /** The niceness of the reloading thread. */
  static final int RELOAD = 10;

  /** The longest wait for {@code renice}, in seconds. */
  static final int WAIT_SECONDS = 5;

  private static final String RENICE = "renice";
  private static final Logger LOG = LoggerFactory.getLogger(ThreadPriority.class);
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private ThreadPriority() {}

  /** Gives the calling thread this niceness, and Java's lowest priority. Never throws. */
  static void lowerCurrentThread(int niceness) {
    lowerCurrentThread(niceness, RENICE);
  }

  /** Lowers the priority of the calling thread with this {@code renice} program. */
  static void lowerCurrentThread(int niceness, String renice) {
    Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
    Process process = null;
    try {
      String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
      process =
          new ProcessBuilder(renice, "-n", Integer.toString(niceness), "-p", threadId)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        LOG.debug("{} did not lower the priority of thread {}", renice, threadId);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug(
          "Cannot lower the priority of thread {}: {}",
          Thread.currentThread().getName(),
          e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (process != null && process.isAlive()) {
        process.destroy();
      }
    }
  }
}
