package dev.redazione.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the content folder and its subfolders and reloads the snapshot when files change. Bursts
 * of events (an editor's save, a copy of many files) are coalesced: the reload waits until the
 * folder has been quiet for {@value #QUIET_MILLIS} ms, or at most {@value #MAX_WAIT_MILLIS} ms
 * after the first event, so that a folder that never stays quiet is still reloaded. A reload that
 * fails (the folder is gone or being replaced) is retried with a growing wait, up to {@link
 * #RETRY_MAX} between attempts, until one succeeds; the folder is then watched again, since it may
 * be a new one. Folders are watched as the loader reads them: dot-folders and links to folders are
 * not followed, and a folder that cannot be read is skipped. Runs on one daemon thread, at a lower
 * priority than the threads serving requests ({@link ThreadPriority}); the search of a reload is
 * updated on that thread alone.
 */
@Context
@Requires(property = ContentWatcher.ENABLED_PROPERTY, notEquals = "false")
final class ContentWatcher implements Runnable {

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
  private final WatchService watcher;
  private final Thread thread;
  private final boolean watchingRoot;

  ContentWatcher(ContentSnapshots snapshots) {
    this.snapshots = snapshots;
    try {
      this.watcher = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the content folder", e);
    }
    this.watchingRoot = registerTree(snapshots.contentFolder());
    this.thread = new Thread(this, "content-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  /** Watches a folder and its subfolders; whether the folder itself could be watched. */
  private boolean registerTree(Path folder) {
    Path start;
    try {
      start = folder.toRealPath();
    } catch (IOException e) {
      LOG.warn("Cannot watch {}: {}", folder, e.getMessage());
      return false;
    }
    boolean[] registered = {false};
    try {
      Files.walkFileTree(
          start,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              if (!dir.equals(start) && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
              }
              boolean ok = register(dir);
              registered[0] |= dir.equals(start) && ok;
              return ok ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              LOG.debug("Not watching {}: {}", file, e.getMessage());
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      LOG.warn("Cannot watch every folder under {}: {}", folder, e.getMessage());
    }
    return registered[0];
  }

  private boolean register(Path folder) {
    try {
      folder.register(
          watcher,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
      return true;
    } catch (IOException e) {
      LOG.warn("Cannot watch {}: {}", folder, e.getMessage());
      return false;
    }
  }

  @Override
  public void run() {
    ThreadPriority.lowerCurrentThread(ThreadPriority.RELOAD);
    ReloadBackoff backoff = new ReloadBackoff(RETRY_FIRST, RETRY_MAX);
    boolean failing = !watchingRoot;
    try {
      while (true) {
        WatchKey key =
            failing ? watcher.poll(backoff.nextMillis(), TimeUnit.MILLISECONDS) : watcher.take();
        if (key != null) {
          handle(key);
          long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(MAX_WAIT_MILLIS);
          WatchKey more;
          while (System.nanoTime() < deadline
              && (more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
            handle(more);
          }
        }
        boolean recovered = reload(failing);
        if (recovered && failing) {
          recovered = registerTree(snapshots.contentFolder());
          if (recovered) {
            LOG.info("Reloaded and watching the content folder again after a failed attempt");
          }
        }
        failing = !recovered;
        if (recovered) {
          backoff.reset();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException stop) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(WatchKey key) {
    Path folder = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && event.context() instanceof Path name) {
        Path created = folder.resolve(name);
        if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)
            && !name.toString().startsWith(".")) {
          registerTree(created);
        }
      }
    }
    key.reset();
  }

  /** Reloads; whether it succeeded. A first failure is logged with its cause, repeats briefly. */
  private boolean reload(boolean alreadyFailing) {
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

  /** Stops watching. */
  @PreDestroy
  void close() throws IOException {
    watcher.close();
    thread.interrupt();
  }
}
