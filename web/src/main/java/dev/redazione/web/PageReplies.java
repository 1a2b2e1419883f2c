package dev.redazione.web;

import dev.redazione.site.RenderedPage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The HTTP semantics of serving a rendered page, in one place for both ways pages are sent:
 * conditional requests answered with 304 (by ETag, else by modification time), the pre-compressed
 * gzip encoding when the client accepts it (with its own ETag), and caching headers that make
 * browsers revalidate. Stateless and thread-safe.
 */
final class PageReplies {

  /** Bodies smaller than this are not worth compressing. */
  static final int GZIP_THRESHOLD = 512;

  private static final byte[] EMPTY = new byte[0];

  private PageReplies() {}

  /** The page with status 200, or 304 when the client's copy is current. */
  static Reply ok(RequestConditions request, ServedSite served, RenderedPage page) {
    boolean gzip = gzips(request, page);
    Map<String, String> headers = new HashMap<>();
    headers.put("ETag", gzip ? gzipEtag(page) : page.etag());
    headers.put("Last-Modified", served.httpDate(page.lastModified()));
    headers.put(
        "Cache-Control",
        page.contentType().startsWith("text/css") ? "public, max-age=86400" : "no-cache");
    headers.put("Vary", "Accept-Encoding");
    if (request.isCurrent(page.lastModified(), page.etag(), gzipEtag(page))) {
      return new Reply(304, headers, EMPTY);
    }
    return body(200, headers, gzip, served, page);
  }

  /**
   * A page rendered for this request only, such as search results: status 200, never stored by
   * caches, compressed on the fly when the client accepts gzip.
   */
  static Reply dynamic(RequestConditions request, RenderedPage page) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Cache-Control", "no-store");
    headers.put("Vary", "Accept-Encoding");
    headers.put("Content-Type", page.contentType());
    if (!gzips(request, page)) {
      return new Reply(200, headers, page.body());
    }
    headers.put("Content-Encoding", "gzip");
    return new Reply(200, headers, gzip(page.body()));
  }

  /** The page with an error status; never a 304, never cached. */
  static Reply error(int status, RequestConditions request, ServedSite served, RenderedPage page) {
    Map<String, String> headers = new HashMap<>();
    headers.put("Cache-Control", "no-store");
    headers.put("Vary", "Accept-Encoding");
    return body(status, headers, gzips(request, page), served, page);
  }

  private static Reply body(
      int status, Map<String, String> headers, boolean gzip, ServedSite served, RenderedPage page) {
    headers.put("Content-Type", page.contentType());
    if (gzip) {
      headers.put("Content-Encoding", "gzip");
    }
    return new Reply(status, headers, gzip ? served.gzipped(page) : page.body());
  }

  private static boolean gzips(RequestConditions request, RenderedPage page) {
    return page.body().length >= GZIP_THRESHOLD && acceptsGzip(request.acceptEncoding());
  }

  private static String gzipEtag(RenderedPage page) {
    return page.etag().substring(0, page.etag().length() - 1) + "-gz\"";
  }

  private static boolean acceptsGzip(String accept) {
    if (accept == null) {
      return false;
    }
    for (String coding : accept.split(",")) {
      String[] parts = coding.strip().split(";");
      if (parts[0].strip().equalsIgnoreCase("gzip")) {
        return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
      }
    }
    return false;
  }

  /** The gzip encoding of a body. */
  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot gzip in memory", e);
    }
    return out.toByteArray();
  }
}
