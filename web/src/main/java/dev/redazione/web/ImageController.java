package dev.redazione.web;

import dev.redazione.core.ImagePath;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.site.SecurityPolicy;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import jakarta.inject.Named;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Serves image files of the content folder under {@code /immagini/}. A request names a path
 * relative to the content folder; it is served only when it is exactly one of the images the
 * snapshot's {@link ImageCatalog} listed, so dot segments, encoded dots, absolute paths and any
 * other file are simply not found, and only when the catalog's check at read time still accepts it
 * (no link out of the folder, no unsafe SVG). An SVG image carries its own, stricter policy.
 */
@Controller("/immagini")
final class ImageController {

  private static final String SVG = "image/svg+xml";

  /** Images may be cached for an hour, then revalidated; a 304 repeats it, as RFC 9110 asks. */
  private static final String CACHE_CONTROL = "public, max-age=3600";

  private final ContentSnapshots snapshots;
  private final PageResponder responder;
  private final WorkPool workers;

  ImageController(
      ContentSnapshots snapshots,
      PageResponder responder,
      @Named(WorkPools.PAGES) WorkPool workers) {
    this.snapshots = snapshots;
    this.responder = responder;
    this.workers = workers;
  }

  /**
   * An image file, read on the {@value WorkPools#PAGES} pool, not on the event loop.
   *
   * @param path the decoded path, unused: segments are decoded one by one from the raw path
   */
  @Get("/{+path}")
  CompletableFuture<MutableHttpResponse<?>> image(HttpRequest<?> request, String path) {
    return workers.submit(() -> read(request), () -> responder.busy(request));
  }

  private MutableHttpResponse<?> read(HttpRequest<?> request) {
    ServedSite served = snapshots.current();
    String raw = request.getUri().getRawPath().substring("/immagini/".length());
    Optional<String> listed = relativePath(raw);
    Optional<Path> file = listed.flatMap(served.site().images()::file);
    if (file.isEmpty()) {
      return responder.error(HttpStatus.NOT_FOUND, request, served, served.site().notFound());
    }
    try {
      Path image = file.get();
      Instant modified = Files.getLastModifiedTime(image).toInstant();
      String etag =
          "\""
              + Long.toHexString(Files.size(image))
              + "-"
              + Long.toHexString(modified.toEpochMilli())
              + "\"";
      String lastModified =
          DateTimeFormatter.RFC_1123_DATE_TIME.format(modified.atZone(ZoneOffset.UTC));
      if (PageResponder.conditions(request)
          .isCurrent(modified.truncatedTo(ChronoUnit.SECONDS), etag)) {
        return HttpResponse.notModified()
            .header(HttpHeaders.ETAG, etag)
            .header(HttpHeaders.LAST_MODIFIED, lastModified)
            .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
      }
      String type = type(listed.get());
      MutableHttpResponse<byte[]> response =
          HttpResponse.ok(served.site().images().read(listed.get()))
              .header(HttpHeaders.CONTENT_TYPE, type)
              .header(HttpHeaders.ETAG, etag)
              .header(HttpHeaders.LAST_MODIFIED, lastModified)
              .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
      return type.equals(SVG)
          ? response.header("Content-Security-Policy", SecurityPolicy.SVG_CONTENT_SECURITY_POLICY)
          : response;
    } catch (IOException e) {
      return responder.error(HttpStatus.NOT_FOUND, request, served, served.site().notFound());
    }
  }

  /**
   * The catalog path of a raw request path: each segment percent-decoded on its own; a segment that
   * is empty, a dot segment, or that decodes to a separator makes the path invalid.
   */
  static Optional<String> relativePath(String raw) {
    StringBuilder path = new StringBuilder();
    for (String segment : raw.split("/", -1)) {
      String decoded;
      try {
        decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException malformed) {
        return Optional.empty();
      }
      if (decoded.isEmpty()
          || decoded.equals(".")
          || decoded.equals("..")
          || decoded.contains("/")
          || decoded.contains("\\")
          || decoded.indexOf('\0') >= 0) {
        return Optional.empty();
      }
      path.append(path.length() == 0 ? "" : "/").append(decoded);
    }
    return Optional.of(path.toString());
  }

  /** The media type of a listed path, by its own extension, not by that of a file it links to. */
  private static String type(String listedPath) {
    return ImagePath.mediaType(listedPath).orElse("application/octet-stream");
  }
}
