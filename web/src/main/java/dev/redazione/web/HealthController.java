package dev.redazione.web;

import dev.redazione.core.Severity;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * {@code /health}: status, article count, diagnostic counts, the number of files held back for
 * their errors ({@code heldBack}) and search index state ({@code ready}, or {@code building} just
 * after the start of a large archive) of the snapshot being served; 503 with status {@code DOWN}
 * when there is none, because the first load of the content folder failed.
 */
@Controller("/health")
final class HealthController {

  private static final byte[] DOWN =
      "{\"status\":\"DOWN\",\"reason\":\"the content folder could not be loaded\"}"
          .getBytes(StandardCharsets.UTF_8);

  private final ContentSnapshots snapshots;

  HealthController(ContentSnapshots snapshots) {
    this.snapshots = snapshots;
  }

  /** The health report as JSON; never cached. */
  @Get
  MutableHttpResponse<byte[]> health() {
    ServedSite served;
    try {
      served = snapshots.current();
    } catch (NoSnapshotException e) {
      return json(HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE), DOWN);
    }
    Map<Severity, Integer> counts = served.diagnosticCounts();
    String report =
        "{\"status\":\"UP\",\"articles\":"
            + served.site().archive().size()
            + ",\"diagnostics\":{\"error\":"
            + counts.get(Severity.ERROR)
            + ",\"warning\":"
            + counts.get(Severity.WARNING)
            + ",\"info\":"
            + counts.get(Severity.INFO)
            + "},\"heldBack\":"
            + served.heldBack()
            + ",\"search\":\""
            + (served.site().searchReady() ? "ready" : "building")
            + "\",\"loadedAt\":\""
            + served.site().version()
            + "\"}";
    return json(HttpResponse.ok(), report.getBytes(StandardCharsets.UTF_8));
  }

  private static MutableHttpResponse<byte[]> json(
      MutableHttpResponse<byte[]> response, byte[] body) {
    return response
        .body(body)
        .header(HttpHeaders.CONTENT_TYPE, "application/json")
        .header(HttpHeaders.CACHE_CONTROL, "no-store");
  }
}
