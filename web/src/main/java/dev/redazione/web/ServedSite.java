package dev.redazione.web;

import dev.redazione.core.Diagnostic;
import dev.redazione.core.Severity;
import dev.redazione.site.RenderedPage;
import dev.redazione.site.Site;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One snapshot as the server serves it: the site, the diagnostics of its load, the number of files
 * held back for their errors, and the gzip encodings of its pages, each compressed at most once.
 * Replaced whole when content changes. Thread-safe.
 */
final class ServedSite {

  private static final Logger LOG = LoggerFactory.getLogger(ServedSite.class);

  private final Site site;
  private final String versionDate;
  private final Map<Severity, Integer> diagnosticCounts;
  private final int heldBack;
  private final MovedSlugs moved;
  private final ConcurrentHashMap<String, byte[]> gzipByEtag = new ConcurrentHashMap<>();

  ServedSite(Site site, List<Diagnostic> diagnostics, int heldBack, MovedSlugs moved) {
    this(site, count(diagnostics), heldBack, moved);
  }

  private ServedSite(
      Site site, Map<Severity, Integer> diagnosticCounts, int heldBack, MovedSlugs moved) {
    this.site = site;
    this.moved = moved;
    this.versionDate = format(site.version());
    this.diagnosticCounts = diagnosticCounts;
    this.heldBack = heldBack;
  }

  private static Map<Severity, Integer> count(List<Diagnostic> diagnostics) {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, 0);
    }
    diagnostics.forEach(d -> counts.merge(d.severity(), 1, Integer::sum));
    return Map.copyOf(counts);
  }

  /** The same load served as another site of it, such as its indexed snapshot. */
  ServedSite withSite(Site other) {
    return new ServedSite(other, diagnosticCounts, heldBack, moved);
  }

  /**
   * An instant as an HTTP date. Every page of a snapshot has the snapshot's time, so that one is
   * formatted once.
   */
  String httpDate(Instant instant) {
    return instant.equals(site.version()) ? versionDate : format(instant);
  }

  private static String format(Instant instant) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atZone(ZoneOffset.UTC));
  }

  Site site() {
    return site;
  }

  /**
   * Where a request target that is no page of the site has moved: an alias of an article, else an
   * article address that changed while the server ran.
   */
  Optional<String> redirect(String target) {
    return site.redirect(target).or(() -> moved.redirect(target));
  }

  /** The article addresses that changed while the server ran. */
  MovedSlugs moved() {
    return moved;
  }

  /** Diagnostics of the load, by severity (every severity present, possibly 0). */
  Map<Severity, Integer> diagnosticCounts() {
    return diagnosticCounts;
  }

  /** How many files are not published because they have errors and no good version. */
  int heldBack() {
    return heldBack;
  }

  /**
   * Renders in this snapshot, before it is served, the pages requested most from the snapshot it
   * replaces, and their gzip encodings where that one had made them (the same bytes when the page
   * did not change), so that swapping it in makes no request wait for a render or a compression. A
   * page whose rendering fails is left to be rendered, and its failure answered, when requested.
   *
   * @param previous the snapshot being served now
   * @param limit how many pages at most
   */
  void warmFrom(ServedSite previous, int limit) {
    for (String path : previous.site.mostRequested(limit)) {
      try {
        Optional<RenderedPage> page = site.warm(path);
        Optional<RenderedPage> old = previous.site.warm(path);
        if (page.isEmpty() || old.isEmpty()) {
          continue;
        }
        byte[] oldGzip = previous.gzipByEtag.get(old.get().etag());
        if (oldGzip != null) {
          boolean same = page.get().etag().equals(old.get().etag());
          gzipByEtag.put(page.get().etag(), same ? oldGzip : PageReplies.gzip(page.get().body()));
        }
      } catch (RuntimeException e) {
        LOG.debug("Not rendered before the snapshot was swapped in: {}: {}", path, e.toString());
      }
    }
  }

  /**
   * The gzip encoding of a page of this snapshot. Only pages the site rendered reach here, so the
   * map is bounded by the number of routes.
   */
  byte[] gzipped(RenderedPage page) {
    return gzipByEtag.computeIfAbsent(page.etag(), etag -> PageReplies.gzip(page.body()));
  }
}
