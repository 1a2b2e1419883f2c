package dev.redazione.web;

import dev.redazione.site.ErrorPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.nio.charset.StandardCharsets;

/**
 * Serves the search page ({@code /cerca?q=…}) and the search API ({@code /api/search?q=…}) from the
 * current snapshot's index. The site parses the raw query string itself, so no parameter can fail
 * conversion: any query, however malformed, gets a page.
 *
 * <p>Just after startup, while the first snapshot's index is still being built, both answer 503
 * with a {@code Retry-After} header instead of pretending that nothing matched.
 */
@Controller
final class SearchController {

  /** Seconds a client is asked to wait while the index is being built. */
  static final String RETRY_AFTER_SECONDS = "5";

  private static final byte[] API_UNAVAILABLE =
      "{\"error\":\"search-unavailable\",\"message\":\"L’indice di ricerca è in preparazione: riprova tra qualche secondo.\"}"
          .getBytes(StandardCharsets.UTF_8);

  private final ContentSnapshots snapshots;
  private final PageResponder responder;

  SearchController(ContentSnapshots snapshots, PageResponder responder) {
    this.snapshots = snapshots;
    this.responder = responder;
  }

  /** The search page, with facets and pagination as plain links. */
  @Get("/cerca")
  MutableHttpResponse<?> page(HttpRequest<?> request) {
    ServedSite served = snapshots.current();
    if (!served.site().searchReady()) {
      return responder
          .error(
              HttpStatus.SERVICE_UNAVAILABLE,
              request,
              served,
              served.site().error(ErrorPage.SEARCH_UNAVAILABLE))
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
    }
    return responder.dynamic(request, served.site().searchPage(request.getUri().getRawQuery()));
  }

  /** The search results as JSON. */
  @Get("/api/search")
  MutableHttpResponse<?> api(HttpRequest<?> request) {
    ServedSite served = snapshots.current();
    if (!served.site().searchReady()) {
      return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(API_UNAVAILABLE)
          .header(HttpHeaders.CONTENT_TYPE, "application/json")
          .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
          .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
    return responder.dynamic(request, served.site().searchApi(request.getUri().getRawQuery()));
  }
}
