package dev.redazione.ingest;

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
import java.util.Objects;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Watches a content folder and its subfolders and tells a {@link Listener} when files change, so
 * that it can load the folder again. Bursts of events (an editor's save, a copy of many files) are
 * coalesced: the listener is called once the folder has been quiet for {@link Pacing#quiet()}, or
 * at most {@link Pacing#maxWait()} after the first event, so that a folder that never stays quiet
 * is still handled. A call that fails (the folder is gone or being replaced, a server is down) is
 * retried with a wait that doubles from {@link Pacing#retryFirst()} up to {@link
 * Pacing#retryMax()}, until one succeeds; the folder is then watched again, since it may be a new
 * one, and the listener is called once more, for what changed between its last call and the folder
 * being watched again. Folders are watched as {@link ContentLoader} reads them: dot-folders and
 * links to folders are not followed, and a folder that cannot be watched is skipped and reported.
 *
 * <p>The listener runs on one thread of the given factory, never on two at once. Thread-safe:
 * {@link #close()} may be called from any thread.
 */
public final class ContentFolderWatcher implements AutoCloseable {

  /** How long {@link #close()} waits for a call of the listener in progress to end. */
  static final Duration STOP_WAIT = Duration.ofSeconds(30);

  /** What the watcher tells about the folder. Its methods run on the watcher's thread. */
  public interface Listener {

    /**
     * Files changed (or an earlier call failed and this is its retry): load the folder again.
     *
     * @param retrying whether an earlier call failed and has not succeeded since
     * @return whether it succeeded; a failure is retried
     */
    boolean changed(boolean retrying);

    /** A folder could not be watched; changes in it go unnoticed until it can be. */
    default void notWatched(Path folder, String reason) {}

    /** After failures, a call succeeded and the folder is watched again. */
    default void recovered() {}
  }

  /**
   * The watcher's waits.
   *
   * @param quiet how long the folder must be quiet before the listener is called
   * @param maxWait the longest wait after the first event of a burst
   * @param retryFirst the first wait before retrying a failed call
   * @param retryMax the longest wait between two retries
   */
  public record Pacing(Duration quiet, Duration maxWait, Duration retryFirst, Duration retryMax) {

    /** Requires positive waits, {@code quiet <= maxWait} and {@code retryFirst <= retryMax}. */
    public Pacing {
      for (Duration wait : new Duration[] {quiet, maxWait, retryFirst, retryMax}) {
        if (wait.isNegative() || wait.isZero()) {
          throw new IllegalArgumentException("wait " + wait + "; expected a positive duration");
        }
      }
      if (quiet.compareTo(maxWait) > 0 || retryFirst.compareTo(retryMax) > 0) {
        throw new IllegalArgumentException(
            "quiet "
                + quiet
                + " up to "
                + maxWait
                + ", retries from "
                + retryFirst
                + " up to "
                + retryMax
                + "; expected each first wait at most its bound");
      }
    }
  }

  private final Path folder;
  private final Pacing pacing;
  private final Listener listener;
  private final WatchService watcher;
  private final Thread thread;
  private final boolean watchingRoot;
  private volatile boolean closed;

  private ContentFolderWatcher(
      Path folder, Pacing pacing, ThreadFactory threads, Listener listener) {
    this.folder = folder;
    this.pacing = pacing;
    this.listener = listener;
    try {
      this.watcher = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the content folder", e);
    }
    this.watchingRoot = registerTree(folder);
    this.thread = threads.newThread(this::run);
  }

  /**
   * Starts watching {@code folder}: its subfolders are registered before this returns, so a change
   * made after it is seen. When the folder itself cannot be watched, the listener is called at once
   * and then retried until it succeeds.
   *
   * @param threads makes the one thread the listener runs on (named, daemon or not, at the priority
   *     the caller wants)
   */
  public static ContentFolderWatcher start(
      Path folder, Pacing pacing, ThreadFactory threads, Listener listener) {
    ContentFolderWatcher watching =
        new ContentFolderWatcher(
            Objects.requireNonNull(folder, "folder"),
            Objects.requireNonNull(pacing, "pacing"),
            Objects.requireNonNull(threads, "threads"),
            Objects.requireNonNull(listener, "listener"));
    watching.thread.start();
    return watching;
  }

  /** Watches a folder and its subfolders; whether the folder itself could be watched. */
  private boolean registerTree(Path top) {
    Path start;
    try {
      start = top.toRealPath();
    } catch (IOException e) {
      listener.notWatched(top, e.toString());
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
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      listener.notWatched(top, e.toString());
    }
    return registered[0];
  }

  private boolean register(Path dir) {
    try {
      dir.register(
          watcher,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
      return true;
    } catch (IOException | ClosedWatchServiceException e) {
      listener.notWatched(dir, e.toString());
      return false;
    }
  }

  private void run() {
    ReloadBackoff backoff = new ReloadBackoff(pacing.retryFirst(), pacing.retryMax());
    long quietMillis = pacing.quiet().toMillis();
    long maxWaitNanos = pacing.maxWait().toNanos();
    boolean failing = !watchingRoot;
    boolean catchUp = false;
    try {
      while (true) {
        WatchKey key;
        if (failing) {
          key = watcher.poll(backoff.nextMillis(), TimeUnit.MILLISECONDS);
        } else {
          key = catchUp ? watcher.poll() : watcher.take();
        }
        catchUp = false;
        if (key != null) {
          handle(key);
          long deadline = System.nanoTime() + maxWaitNanos;
          WatchKey more;
          while (System.nanoTime() < deadline
              && (more = watcher.poll(quietMillis, TimeUnit.MILLISECONDS)) != null) {
            handle(more);
          }
        }
        if (closed) {
          return;
        }
        boolean succeeded = listener.changed(failing);
        if (succeeded && failing) {
          succeeded = registerTree(folder);
          if (succeeded) {
            listener.recovered();
            catchUp = true;
          }
        }
        failing = !succeeded;
        if (succeeded) {
          backoff.reset();
        }
      }
    } catch (InterruptedException | ClosedWatchServiceException stop) {
      Thread.currentThread().interrupt();
    }
  }

  private void handle(WatchKey key) {
    Path dir = (Path) key.watchable();
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE
          && event.context() instanceof Path name) {
        Path created = dir.resolve(name);
        if (Files.isDirectory(created, LinkOption.NOFOLLOW_LINKS)
            && !name.toString().startsWith(".")) {
          registerTree(created);
        }
      }
    }
    key.reset();
  }

  /**
   * Stops watching: no call of the listener starts after this returns. A call in progress is left
   * to end, for up to {@link #STOP_WAIT}, and is then interrupted.
   */
  @Override
  public void close() throws IOException {
    closed = true;
    watcher.close();
    if (Thread.currentThread() == thread) {
      return;
    }
    try {
      thread.join(STOP_WAIT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      thread.interrupt();
    }
  }
}
