package dev.redazione.web;

import dev.redazione.core.Archive;
import dev.redazione.core.Diagnostic;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import dev.redazione.site.ImageCatalog;
import dev.redazione.site.SiteRenderer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current snapshot of the site, loaded at startup and replaced atomically on reload: a request
 * reads {@link #current()} once and sees one whole snapshot, never a half-loaded one.
 *
 * <p>The first load runs on its own thread while the rest of the server starts, and then renders
 * the home page once to warm the templates; a request that arrives before it is done waits for it.
 * Thread-safe; reloads are serialised.
 */
@Context
final class ContentSnapshots {

  /** The configuration property of the content folder. */
  static final String CONTENT_PROPERTY = "redazione.content";

  private static final Logger LOG = LoggerFactory.getLogger(ContentSnapshots.class);

  private final Path contentFolder;
  private final SiteRenderer renderer;
  private final ContentLoader loader = ContentLoader.create();
  private final Clock clock = Clock.systemUTC();
  private final AtomicReference<ServedSite> current = new AtomicReference<>();
  private final CompletableFuture<Void> firstLoad;

  ContentSnapshots(
      @Value("${" + CONTENT_PROPERTY + ":content}") String contentFolder, SiteRenderer renderer) {
    this.contentFolder = Path.of(contentFolder).toAbsolutePath().normalize();
    this.renderer = renderer;
    this.firstLoad = new CompletableFuture<>();
    Thread loading = new Thread(this::loadFirst, "content-first-load");
    loading.setDaemon(true);
    loading.start();
  }

  private void loadFirst() {
    try {
      reload();
      current.get().site().render("/");
      firstLoad.complete(null);
    } catch (RuntimeException e) {
      firstLoad.completeExceptionally(e);
      throw e;
    }
  }

  /** The content folder being served. */
  Path contentFolder() {
    return contentFolder;
  }

  /**
   * The snapshot to serve now, waiting for the first load if it is still running.
   *
   * @throws IllegalStateException if the first load failed
   */
  ServedSite current() {
    ServedSite site = current.get();
    if (site != null) {
      return site;
    }
    try {
      firstLoad.join();
    } catch (CompletionException e) {
      throw new IllegalStateException("the content folder could not be loaded", e.getCause());
    }
    return current.get();
  }

  /**
   * Loads the content folder again and swaps the new snapshot in. A file whose new version has
   * errors keeps its last good version; its diagnostics are logged.
   */
  synchronized void reload() {
    long start = System.nanoTime();
    LoadResult result = loader.load(contentFolder);
    ServedSite previous = current.get();
    Archive archive = result.archive();
    if (previous != null) {
      LastGoodVersions merged =
          LastGoodVersions.merge(previous.site().archive(), result, contentFolder);
      merged
          .keptPaths()
          .forEach(path -> LOG.warn("{}: has errors; still serving its last good version", path));
      archive = merged.archive();
    }
    for (Diagnostic diagnostic : result.diagnostics()) {
      switch (diagnostic.severity()) {
        case ERROR -> LOG.error(diagnostic.format());
        case WARNING -> LOG.warn(diagnostic.format());
        case INFO -> LOG.debug(diagnostic.format());
      }
    }
    ImageCatalog images = ImageCatalog.scan(contentFolder);
    current.set(
        new ServedSite(renderer.snapshot(archive, images, clock.instant()), result.diagnostics()));
    LOG.info(
        "Loaded {} articles from {} in {} ms",
        archive.size(),
        contentFolder.getFileName(),
        Duration.ofNanos(System.nanoTime() - start).toMillis());
  }
}
