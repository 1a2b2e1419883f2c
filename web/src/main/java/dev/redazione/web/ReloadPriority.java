package dev.redazione.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lowers the scheduling priority of the thread that reloads content, so that when both compete for
 * a core the threads serving requests get it first. Java's thread priorities are ignored by the JVM
 * on Linux unless it runs as root, so the thread is also given a niceness of {@value #NICENESS} by
 * {@code renice} on its Linux thread id (raising one's own niceness needs no privilege). Best
 * effort: where that is not possible (no {@code /proc/thread-self}, no {@code renice}, or it fails
 * or takes longer than {@link #WAIT_SECONDS} s) the thread keeps its niceness, which is logged in
 * one line at debug level. Stateless.
 */
final class ReloadPriority {

  /** The niceness of the reloading thread: 0 is the default, 19 the lowest priority. */
  static final int NICENESS = 10;

  /** The longest wait for {@code renice}, in seconds. */
  static final int WAIT_SECONDS = 5;

  private static final String RENICE = "renice";
  private static final Logger LOG = LoggerFactory.getLogger(ReloadPriority.class);
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private ReloadPriority() {}

  /** Lowers the priority of the calling thread. Never throws. */
  static void lowerCurrentThread() {
    lowerCurrentThread(RENICE);
  }

  /** Lowers the priority of the calling thread with this {@code renice} program. */
  static void lowerCurrentThread(String renice) {
    Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
    Process process = null;
    try {
      String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
      process =
          new ProcessBuilder(renice, "-n", Integer.toString(NICENESS), "-p", threadId)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!process.waitFor(WAIT_SECONDS, TimeUnit.SECONDS) || process.exitValue() != 0) {
        LOG.debug("{} did not lower the priority of thread {}", renice, threadId);
      }
    } catch (IOException | RuntimeException e) {
      LOG.debug("Cannot lower the priority of the reloading thread: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      if (process != null && process.isAlive()) {
        process.destroy();
      }
    }
  }
}
