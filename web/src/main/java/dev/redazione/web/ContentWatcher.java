package dev.redazione.web;

import dev.redazione.ingest.ContentFolderWatcher;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads the snapshot when files of the content folder change, through ingest's {@link
 * ContentFolderWatcher}: a burst of changes is one reload, at most {@value #MAX_WAIT_MILLIS} ms
 * after its first event once the folder has been quiet for {@value #QUIET_MILLIS} ms; a reload that
 * fails is retried from {@link #RETRY_FIRST} up to every {@link #RETRY_MAX} until one succeeds.
 * Runs on one daemon thread, at a lower priority than the threads serving requests ({@link
 * ThreadPriority}); the search of a reload is updated on that thread alone.
 */
@Context
@Requires(property = ContentWatcher.ENABLED_PROPERTY, notEquals = "false")
final class ContentWatcher implements ContentFolderWatcher.Listener {

  /** Set to {@code false} to serve the content folder as loaded at startup. */
  static final String ENABLED_PROPERTY = "redazione.watch";

  /** The first wait before retrying a failed reload. */
  static final Duration RETRY_FIRST = Duration.ofMillis(500);

  /** The longest wait between two attempts to reload. */
  static final Duration RETRY_MAX = Duration.ofSeconds(30);

  private static final long QUIET_MILLIS = 50;
  private static final long MAX_WAIT_MILLIS = 1_000;
  private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

  private final ContentSnapshots snapshots;
  private final ContentFolderWatcher watching;

  ContentWatcher(ContentSnapshots snapshots) {
    this.snapshots = snapshots;
    this.watching =
        ContentFolderWatcher.start(
            snapshots.contentFolder(),
            new ContentFolderWatcher.Pacing(
                Duration.ofMillis(QUIET_MILLIS),
                Duration.ofMillis(MAX_WAIT_MILLIS),
                RETRY_FIRST,
                RETRY_MAX),
            task -> {
              Thread thread =
                  new Thread(
                      () -> {
                        ThreadPriority.lowerCurrentThread(ThreadPriority.RELOAD);
                        task.run();
                      },
                      "content-watcher");
              thread.setDaemon(true);
              return thread;
            },
            this);
  }

  /** Reloads; whether it succeeded. A first failure is logged with its cause, repeats briefly. */
  @Override
  public boolean changed(boolean alreadyFailing) {
    try {
      snapshots.reload();
      return true;
    } catch (RuntimeException e) {
      if (alreadyFailing) {
        LOG.warn("Reloading the content folder failed again; will retry: {}", e.getMessage());
      } else {
        LOG.error(
            "Reloading the content folder failed; still serving the previous snapshot, and"
                + " retrying",
            e);
      }
      return false;
    }
  }

  @Override
  public void notWatched(Path folder, String reason) {
    LOG.warn("Cannot watch {}: {}", folder, reason);
  }

  @Override
  public void recovered() {
    LOG.info("Reloaded and watching the content folder again after a failed attempt");
  }

  /** Stops watching, after a reload in progress. */
  @PreDestroy
  void close() throws IOException {
    watching.close();
  }
}
