package dev.redazione.web;

import com.sun.management.ThreadMXBean;
import dev.redazione.core.Archive;
import dev.redazione.core.Diagnostic;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.ingest.LoadResult;
import dev.redazione.ingest.ReadCache;
import dev.redazione.site.Site;
import dev.redazione.site.SiteRenderer;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current snapshot of the site, loaded at startup and replaced atomically on reload: a request
 * reads {@link #current()} once and sees one whole snapshot, never a half-loaded one.
 *
 * <p>The first load runs on its own thread while the rest of the server starts, and then renders
 * the home page once to warm the templates; a request that arrives before it is done waits for it.
 * To serve a large archive sooner, its first snapshot is swapped in without its search index
 * (search answers "not ready", articles list no related articles) and replaced by the indexed
 * snapshot as soon as {@link BackgroundIndexing} has built the index. Reloads swap in indexed
 * snapshots only, their search updated from the previous snapshot's (only what changed is indexed
 * again). A new snapshot renders the {@value #WARM_PAGES} pages requested most from the one it
 * replaces before it is swapped in, so that a reload never sends the busiest pages to be rendered
 * while requests wait. Thread-safe; reloads are serialised.
 */
@Context
final class ContentSnapshots {

  /** The configuration property of the content folder. */
  static final String CONTENT_PROPERTY = "redazione.content";

  /**
   * The configuration property of the read cache folder ({@link ReadCache}); empty or absent for
   * none.
   */
  static final String CACHE_PROPERTY = "redazione.cache";

  /**
   * The configuration property of the archive size from which the first snapshot is served before
   * its search index is built.
   */
  static final String DEFERRED_INDEX_PROPERTY = "redazione.search.deferred-index-from";

  /** Below this many articles the index takes well under a second: not worth deferring. */
  static final int DEFAULT_DEFERRED_INDEX_FROM = 2000;

  /**
   * How many of the pages requested most from the snapshot being served are rendered in its
   * replacement before the swap.
   */
  static final int WARM_PAGES = 16;

  private static final Logger LOG = LoggerFactory.getLogger(ContentSnapshots.class);
  private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final Path contentFolder;
  private final int deferredIndexFrom;
  private final SiteRenderer renderer;
  private final BackgroundIndexing indexing;
  private final ContentLoader loader;

  /** The read cache the loader keeps its reads in across restarts, when there is one. */
  private final Optional<ReadCache> readCache;

  private final Clock clock = Clock.systemUTC();
  private final AtomicReference<ServedSite> current = new AtomicReference<>();
  private final CompletableFuture<Void> firstLoad;

  ContentSnapshots(
      @Value("${" + CONTENT_PROPERTY + ":content}") String contentFolder,
      @Value("${" + DEFERRED_INDEX_PROPERTY + ":" + DEFAULT_DEFERRED_INDEX_FROM + "}")
          int deferredIndexFrom,
      @Value("${" + CACHE_PROPERTY + ":}") String cacheFolder,
      SiteRenderer renderer,
      BackgroundIndexing indexing) {
    this.contentFolder = Path.of(contentFolder).toAbsolutePath().normalize();
    this.readCache =
        cacheFolder.isBlank()
            ? Optional.empty()
            : Optional.of(ReadCache.in(Path.of(cacheFolder), LOG::info));
    this.loader = readCache.map(ContentLoader::remembering).orElseGet(ContentLoader::remembering);
    this.deferredIndexFrom = deferredIndexFrom;
    this.renderer = renderer;
    this.indexing = indexing;
    this.firstLoad = new CompletableFuture<>();
    Thread loading = new Thread(this::loadFirst, "content-first-load");
    loading.setDaemon(true);
    loading.start();
  }

  private void loadFirst() {
    ServedSite first;
    try {
      first = reload(this::indexNow);
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.error(
          "The content folder could not be loaded; pages answer 500 and /health 503 until a change"
              + " to it loads",
          e);
      firstLoad.completeExceptionally(e);
      return;
    }
    try {
      first.site().render("/");
    } catch (RuntimeException e) {
      LOG.error("The home page could not be rendered", e);
    }
    firstLoad.complete(null);
    if (!first.site().searchReady()) {
      indexing.start(() -> indexFirst(first));
    }
  }

  private boolean indexNow(Archive archive) {
    return archive.size() < deferredIndexFrom;
  }

  /**
   * Builds the search index of the first snapshot and swaps the indexed snapshot in, unless a
   * reload has already replaced the first one with a newer, indexed snapshot. Holds the reload
   * lock, so that a content change meanwhile is loaded and indexed after it, not beside it. The
   * indexed snapshot is at least a second newer than the first, so that a page whose related
   * articles it adds is never answered 304 to a client that only sends {@code If-Modified-Since}.
   */
  private synchronized void indexFirst(ServedSite unindexed) {
    if (current.get() != unindexed) {
      return;
    }
    long start = System.nanoTime();
    Site site = unindexed.site();
    try {
      Instant version = nextVersion(unindexed);
      ServedSite indexed =
          unindexed.withSite(renderer.snapshot(site.archive(), site.images(), version));
      indexed.warmFrom(unindexed, WARM_PAGES);
      if (current.compareAndSet(unindexed, indexed)) {
        LOG.info(
            "Search index of {} articles built in {} ms",
            site.archive().size(),
            Duration.ofNanos(System.nanoTime() - start).toMillis());
      }
    } catch (RuntimeException | OutOfMemoryError e) {
      LOG.error(
          "The search index could not be built; search stays unavailable until the content"
              + " changes",
          e);
    }
  }

  /**
   * The version of a snapshot replacing {@code previous}: now, but at least a second after the
   * previous version (pages carry versions to the second), so that a client sending only {@code
   * If-Modified-Since} never gets a 304 for a page that changed.
   */
  private Instant nextVersion(ServedSite previous) {
    Instant now = clock.instant();
    if (previous == null) {
      return now;
    }
    Instant floor = previous.site().version().plusSeconds(1);
    return now.isBefore(floor) ? floor : now;
  }

  /** The content folder being served. */
  Path contentFolder() {
    return contentFolder;
  }

  /**
   * The snapshot to serve now, waiting for the first load if it is still running.
   *
   * @throws NoSnapshotException if the first load failed and no reload has succeeded since
   */
  ServedSite current() {
    ServedSite site = current.get();
    if (site != null) {
      return site;
    }
    try {
      firstLoad.join();
    } catch (CompletionException e) {
      site = current.get();
      if (site != null) {
        return site;
      }
      throw new NoSnapshotException(e.getCause());
    }
    return current.get();
  }

  /**
   * Loads the content folder again and swaps the new snapshot in. A file whose new version has
   * errors keeps its last good version; its diagnostics are logged.
   *
   * @throws IllegalStateException if the content folder itself cannot be listed now (it is gone, or
   *     being replaced); the previous snapshot stays, and the caller should try again later
   * @throws java.io.UncheckedIOException if the images cannot be listed
   */
  void reload() {
    reload(archive -> true);
  }

  /**
   * Loads, swaps in and returns a snapshot, with its search index or, when {@code indexNow} says
   * so, without it for now. The first load swaps in whatever it finds, even an empty folder's site
   * with its error; a later one replaces a snapshot only with a folder it could list.
   */
  private synchronized ServedSite reload(Predicate<Archive> indexNow) {
    long start = System.nanoTime();
    long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
    LoadResult result = loader.load(contentFolder);
    ServedSite previous = current.get();
    if (!result.folderListed()) {
      throw new IllegalStateException(
          "the content folder cannot be listed: "
              + result.diagnostics().stream()
                  .map(Diagnostic::message)
                  .collect(Collectors.joining("; ")));
    }
    ImageCatalog images = result.images();
    LastGoodVersions merged =
        LastGoodVersions.merge(
            previous == null ? Archive.empty() : previous.site().archive(), result, contentFolder);
    merged
        .keptPaths()
        .forEach(path -> LOG.warn("{}: has errors; still serving its last good version", path));
    merged
        .heldBackPaths()
        .forEach(path -> LOG.warn("{}: has errors; not published until they are fixed", path));
    Archive archive = merged.archive();
    List<Diagnostic> diagnostics = result.diagnostics();
    for (Diagnostic diagnostic : diagnostics) {
      switch (diagnostic.severity()) {
        case ERROR -> LOG.error(diagnostic.format());
        case WARNING -> LOG.warn(diagnostic.format());
        case INFO -> LOG.debug(diagnostic.format());
      }
    }
    boolean indexed = indexNow.test(archive);
    Instant version = nextVersion(previous);
    long read = System.nanoTime();
    long readCpu = THREADS.getCurrentThreadCpuTime();
    Site site;
    if (!indexed) {
      site = renderer.unindexedSnapshot(archive, images, version);
    } else if (previous != null) {
      site = renderer.nextSnapshot(previous.site(), archive, images, version);
    } else {
      site = renderer.snapshot(archive, images, version);
    }
    MovedSlugs moved =
        previous == null
            ? MovedSlugs.NONE
            : previous.moved().after(previous.site().archive(), archive);
    ServedSite served = new ServedSite(site, diagnostics, merged.heldBackPaths().size(), moved);
    long searched = System.nanoTime();
    long searchCpu = THREADS.getCurrentThreadCpuTime() - readCpu;
    if (previous != null) {
      served.warmFrom(previous, WARM_PAGES);
    }
    current.set(served);
    long end = System.nanoTime();
    LOG.info(
        "Loaded {} articles from {} in {} ms (reading {} ms, search {} ms, {} ms of CPU, busiest"
            + " pages rendered {} ms; {} MB allocated){}",
        archive.size(),
        contentFolder.getFileName(),
        Duration.ofNanos(end - start).toMillis(),
        Duration.ofNanos(read - start).toMillis(),
        Duration.ofNanos(searched - read).toMillis(),
        Duration.ofNanos(searchCpu).toMillis(),
        Duration.ofNanos(end - searched).toMillis(),
        (THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore) / 1_000_000,
        indexed ? "" : "; building the search index");
    return served;
  }

  /** Writes the read cache's waiting load before the server stops, so the next start can use it. */
  @PreDestroy
  void flushReadCache() {
    readCache.ifPresent(ReadCache::flush);
  }
}
