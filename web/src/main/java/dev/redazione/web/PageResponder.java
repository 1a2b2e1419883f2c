package dev.redazione.web;

import dev.redazione.site.RenderedPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Turns a rendered page into a response: conditional requests answered with 304 (by ETag, else by
 * modification time), the pre-compressed gzip encoding when the client accepts it, and caching
 * headers that make browsers revalidate. Stateless and thread-safe.
 */
@Singleton
final class PageResponder {

  /** Bodies smaller than this are not worth compressing. */
  private static final int GZIP_THRESHOLD = 512;

  private static final String GZIP_ETAG_SUFFIX = "-gz\"";

  /** The page with status 200, or 304 when the client's copy is current. */
  MutableHttpResponse<?> ok(HttpRequest<?> request, ServedSite served, RenderedPage page) {
    if (notModified(request, page)) {
      return HttpResponse.notModified()
          .header(HttpHeaders.ETAG, etag(request, page))
          .header(HttpHeaders.LAST_MODIFIED, httpDate(page))
          .header(HttpHeaders.CACHE_CONTROL, cacheControl(page));
    }
    return body(HttpResponse.ok(), request, served, page)
        .header(HttpHeaders.ETAG, etag(request, page))
        .header(HttpHeaders.LAST_MODIFIED, httpDate(page))
        .header(HttpHeaders.CACHE_CONTROL, cacheControl(page));
  }

  /**
   * A page rendered for this request only, such as search results: status 200, never stored by
   * caches, not compressed (the pre-compressed encodings are kept only for the snapshot's pages).
   */
  MutableHttpResponse<?> dynamic(RenderedPage page) {
    return HttpResponse.ok(page.body())
        .header(HttpHeaders.CONTENT_TYPE, page.contentType())
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  /** The page with an error status; never a 304. */
  MutableHttpResponse<?> error(
      HttpStatus status, HttpRequest<?> request, ServedSite served, RenderedPage page) {
    return body(HttpResponse.status(status), request, served, page)
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }

  private MutableHttpResponse<?> body(
      MutableHttpResponse<Object> response,
      HttpRequest<?> request,
      ServedSite served,
      RenderedPage page) {
    boolean gzip = gzips(request, page);
    byte[] body = gzip ? served.gzipped(page) : page.body();
    response
        .header(HttpHeaders.CONTENT_TYPE, page.contentType())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
    if (gzip) {
      response.header(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
    return response.body(body);
  }

  private static String cacheControl(RenderedPage page) {
    return page.contentType().startsWith("text/css") ? "public, max-age=86400" : "no-cache";
  }

  /** The entity tag of the representation this request gets: the gzip encoding has its own. */
  private static String etag(HttpRequest<?> request, RenderedPage page) {
    return gzips(request, page) ? gzipEtag(page) : page.etag();
  }

  private static boolean gzips(HttpRequest<?> request, RenderedPage page) {
    return page.body().length >= GZIP_THRESHOLD && acceptsGzip(request);
  }

  private static String gzipEtag(RenderedPage page) {
    return page.etag().substring(0, page.etag().length() - 1) + GZIP_ETAG_SUFFIX;
  }

  private static boolean notModified(HttpRequest<?> request, RenderedPage page) {
    String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
    if (ifNoneMatch != null) {
      for (String candidate : ifNoneMatch.split(",")) {
        String tag = candidate.strip();
        if (tag.startsWith("W/")) {
          tag = tag.substring(2);
        }
        if (tag.equals("*") || tag.equals(page.etag()) || tag.equals(gzipEtag(page))) {
          return true;
        }
      }
      return false;
    }
    String ifModifiedSince = request.getHeaders().get(HttpHeaders.IF_MODIFIED_SINCE);
    if (ifModifiedSince == null) {
      return false;
    }
    try {
      ZonedDateTime since =
          ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME);
      return !page.lastModified().isAfter(since.toInstant());
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean acceptsGzip(HttpRequest<?> request) {
    String accept = request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING);
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

  private static String httpDate(RenderedPage page) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(page.lastModified().atZone(ZoneOffset.UTC));
  }
}
