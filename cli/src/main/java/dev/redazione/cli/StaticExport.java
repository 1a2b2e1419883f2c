package dev.redazione.cli;

import dev.redazione.site.RenderedPage;
import dev.redazione.site.Site;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Writes every route of a site snapshot as static files: pages as {@code index.html} in folders
 * named like their path, feeds, sitemap, robots rules and stylesheet as themselves, a {@code
 * 404.html}, and every image of the content folder under its site path. Pages render in parallel;
 * each is rendered by the same code the server uses.
 */
final class StaticExport {

  private static final String IMAGES = "/immagini/";

  private final Site site;
  private final OutputFolder out;

  StaticExport(Site site, OutputFolder out) {
    this.site = site;
    this.out = out;
  }

  /**
   * Writes the site, reporting one progress step per file to a progress started with the number of
   * files.
   */
  ExportSummary write(IntFunction<Progress> startProgress) throws IOException {
    long started = System.nanoTime();
    out.prepare();
    List<String> routes = site.routes();
    List<String> images = List.copyOf(site.images().paths());
    Progress progress = startProgress.apply(routes.size() + images.size() + 1);
    AtomicLong bytes = new AtomicLong();
    try {
      routes.parallelStream()
          .forEach(
              route -> {
                RenderedPage page =
                    site.render(route)
                        .orElseThrow(
                            () ->
                                new IllegalStateException(
                                    "listed route " + route + " renders nothing"));
                bytes.addAndGet(write(out.fileOf(route), page.body()));
                progress.advance();
              });
      bytes.addAndGet(write(out.root().resolve("404.html"), site.notFound().body()));
      progress.advance();
      for (String image : images) {
        Path target = out.fileOf(IMAGES + image);
        Files.createDirectories(target.getParent());
        Path source = site.images().file(image).orElseThrow();
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        bytes.addAndGet(Files.size(target));
        progress.advance();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      progress.finish();
    }
    return new ExportSummary(
        routes.size() + 1, images.size(), bytes.get(), (System.nanoTime() - started) / 1_000_000);
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
