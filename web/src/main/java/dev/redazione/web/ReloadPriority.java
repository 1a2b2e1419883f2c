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
 * effort: where that is not possible (no {@code /proc/thread-self}, no {@code renice}) the thread
 * keeps its priority, which is logged at debug level. Stateless.
 */
final class ReloadPriority {

  /** The niceness of the reloading thread: 0 is the default, 19 the lowest priority. */
  static final int NICENESS = 10;

  private static final Logger LOG = LoggerFactory.getLogger(ReloadPriority.class);
  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  private ReloadPriority() {}

  /** Lowers the priority of the calling thread. */
  static void lowerCurrentThread() {
    Thread.currentThread().setPriority(Thread.MIN_PRIORITY);
    try {
      String threadId = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
      Process renice =
          new ProcessBuilder("renice", "-n", Integer.toString(NICENESS), "-p", threadId)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
        renice.destroy();
        LOG.debug("renice did not lower the priority of thread {}", threadId);
      }
    } catch (IOException | UnsupportedOperationException e) {
      LOG.debug("Cannot lower the priority of the reloading thread: {}", e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
