package dev.redazione.web;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the content folder and its subfolders and reloads the snapshot when files change. Bursts
 * of events (an editor's save, a copy of many files) are coalesced: the reload waits until the
 * folder has been quiet for {@value #QUIET_MILLIS} ms. Runs on one daemon thread.
 */
@Context
@Requires(property = ContentWatcher.ENABLED_PROPERTY, notEquals = "false")
final class ContentWatcher implements Runnable {

  /** Set to {@code false} to serve the content folder as loaded at startup. */
  static final String ENABLED_PROPERTY = "redazione.watch";

  private static final long QUIET_MILLIS = 200;
  private static final Logger LOG = LoggerFactory.getLogger(ContentWatcher.class);

  private final ContentSnapshots snapshots;
  private final WatchService watcher;
  private final Thread thread;

  ContentWatcher(ContentSnapshots snapshots) {
    this.snapshots = snapshots;
    try {
      this.watcher = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot watch the content folder", e);
    }
    registerTree(snapshots.contentFolder());
    this.thread = new Thread(this, "content-watcher");
    thread.setDaemon(true);
    thread.start();
  }

  private void registerTree(Path root) {
    try (Stream<Path> folders = Files.walk(root)) {
      folders.filter(Files::isDirectory).forEach(this::register);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("Cannot watch every folder under the content folder: {}", e.getMessage());
    }
  }

  private void register(Path folder) {
    try {
      folder.register(
          watcher,
          StandardWatchEventKinds.ENTRY_CREATE,
          StandardWatchEventKinds.ENTRY_MODIFY,
          StandardWatchEventKinds.ENTRY_DELETE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void run() {
    try {
      while (true) {
        WatchKey key = watcher.take();
        handle(key);
        WatchKey more;
        while ((more = watcher.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          handle(more);
        }
        reload();
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
        if (Files.isDirectory(created)) {
          registerTree(created);
        }
      }
    }
    key.reset();
  }

  private void reload() {
    try {
      snapshots.reload();
    } catch (RuntimeException e) {
      LOG.error("Reloading the content folder failed; still serving the previous snapshot", e);
    }
  }

  /** Stops watching. */
  @PreDestroy
  void close() throws IOException {
    watcher.close();
    thread.interrupt();
  }
}
