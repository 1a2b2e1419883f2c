package dev.redazione.cli;

import dev.redazione.search.StaticSearchIndex;
import dev.redazione.site.RenderedPage;
import dev.redazione.site.Site;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Writes every route of a site snapshot as static files: pages as {@code index.html} in folders
 * named like their path, feeds, sitemap, robots rules, stylesheet and the JSON API's files as
 * themselves, a {@code 404.html}, the search page with its script and prebuilt index (searching in
 * the browser, see {@link StaticSearchIndex}), a redirect page at every old address of an article
 * (see {@link Site#redirects()}), every image of the content folder under its site path, and the
 * {@link HostHeaderFiles}. Pages render in parallel; each is rendered by the same code the server
 * uses. The site is written next to the output folder and swapped in only when complete (see {@link
 * OutputFolder}); images are read through the catalog's checks, so nothing that resolves outside
 * the content folder, and no unsafe SVG, is copied.
 */
final class StaticExport {

  private static final String IMAGES = "/immagini/";

  /** The search page, where every page's search form leads. */
  private static final String SEARCH_PAGE = "/cerca";

  private final Site site;
  private final OutputFolder out;

  StaticExport(Site site, OutputFolder out) {
    this.site = site;
    this.out = out;
  }

  /**
   * Writes the site, reporting one progress step per file to a progress started with the number of
   * files.
   *
   * @throws IOException if the site cannot be written or swapped in; the previous output is then
   *     unchanged
   */
  ExportSummary write(IntFunction<Progress> startProgress) throws IOException {
    long started = System.nanoTime();
    List<String> routes = site.routes();
    List<String> images = List.copyOf(site.images().paths());
    Map<String, String> redirects = site.redirects();
    AtomicLong bytes = new AtomicLong();
    long searchIndexBytes;
    Optional<Path> notDeleted;
    try (OutputFolder.Staging staging = out.stage()) {
      Progress progress = startProgress.apply(routes.size() + images.size() + redirects.size() + 1);
      try {
        writePages(routes, staging, bytes, progress);
        bytes.addAndGet(write(staging.root().resolve("404.html"), site.notFound().body()));
        bytes.addAndGet(write(staging.fileOf(SEARCH_PAGE), site.staticSearchPage().body()));
        bytes.addAndGet(write(staging.fileOf(Site.SEARCH_SCRIPT), StaticSearchIndex.script()));
        byte[] index = StaticSearchIndex.of(site.archive());
        searchIndexBytes = index.length;
        bytes.addAndGet(write(staging.fileOf(Site.SEARCH_INDEX), index));
        progress.advance();
        for (String image : images) {
          bytes.addAndGet(write(staging.fileOf(IMAGES + image), site.images().read(image)));
          progress.advance();
        }
        for (Map.Entry<String, String> redirect : redirects.entrySet()) {
          Path file = staging.fileOf(redirect.getKey());
          if (!Files.exists(file) && !HostHeaderFiles.isHostFile(staging.root(), file)) {
            bytes.addAndGet(write(file, site.redirectPage(redirect.getValue()).body()));
          }
          progress.advance();
        }
        for (Map.Entry<String, String> file : HostHeaderFiles.all(redirects).entrySet()) {
          bytes.addAndGet(
              write(
                  staging.root().resolve(file.getKey()),
                  file.getValue().getBytes(StandardCharsets.UTF_8)));
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } finally {
        progress.finish();
      }
      notDeleted = staging.commit();
    }
    return new ExportSummary(
        routes.size() + 2 + redirects.size(),
        images.size(),
        bytes.get(),
        searchIndexBytes,
        (System.nanoTime() - started) / 1_000_000,
        notDeleted
            .map(
                folder ->
                    List.of(
                        "the previous build was moved to "
                            + folder
                            + " but could not be deleted; the next build deletes it"))
            .orElse(List.of()));
  }

  /**
   * Renders and writes the pages in parallel, and returns only once no worker writes any more, so
   * that a failed build's folder can be deleted whole: after a failure, the other workers skip
   * their remaining pages.
   */
  private void writePages(
      List<String> routes, OutputFolder.Staging staging, AtomicLong bytes, Progress progress)
      throws IOException {
    AtomicBoolean failed = new AtomicBoolean();
    ForkJoinPool workers = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
    try {
      workers
          .submit(
              () ->
                  routes.parallelStream()
                      .forEach(
                          route -> {
                            if (failed.get()) {
                              return;
                            }
                            try {
                              bytes.addAndGet(write(staging.fileOf(route), render(route)));
                              progress.advance();
                            } catch (RuntimeException e) {
                              failed.set(true);
                              throw e;
                            }
                          }))
          .get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("the build was interrupted");
    } finally {
      workers.shutdown();
      awaitQuietly(workers);
    }
  }

  private byte[] render(String route) {
    RenderedPage page =
        site.render(route)
            .orElseThrow(
                () -> new IllegalStateException("listed route " + route + " renders nothing"));
    return page.body();
  }

  private static void awaitQuietly(ForkJoinPool workers) {
    try {
      workers.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static long write(Path file, byte[] body) {
    try {
      Files.createDirectories(file.getParent());
      Files.write(file, body);
      return body.length;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
