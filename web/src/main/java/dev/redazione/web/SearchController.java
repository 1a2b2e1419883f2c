package dev.redazione.web;

import dev.redazione.core.search.SearchUnavailableException;
import dev.redazione.site.ErrorPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import jakarta.inject.Named;
import java.util.concurrent.CompletableFuture;
import org.slf4j.LoggerFactory;

/**
 * Serves the search page ({@code /cerca?q=…}) and the search API ({@code /api/search?q=…}) from the
 * current snapshot's index. The site parses the raw query string itself, so no parameter can fail
 * conversion: any query, however malformed, gets a page. Searches run on the {@value
 * WorkPools#SEARCH} pool; when it is full they answer 503 with {@code Retry-After}.
 *
 * <p>Just after startup, while the first snapshot's index is still being built, both answer 503
 * with a {@code Retry-After} header instead of pretending that nothing matched; so do they while a
 * search cluster ({@code --search solr}) cannot answer.
 */
@Controller
final class SearchController {

  /** Seconds a client is asked to wait while the index is being built. */
  static final String RETRY_AFTER_SECONDS = "5";

  private final ContentSnapshots snapshots;
  private final PageResponder responder;
  private final WorkPool workers;
  private final RateLimitedLog offline =
      new RateLimitedLog(LoggerFactory.getLogger(SearchController.class));

  SearchController(
      ContentSnapshots snapshots,
      PageResponder responder,
      @Named(WorkPools.SEARCH) WorkPool workers) {
    this.snapshots = snapshots;
    this.responder = responder;
    this.workers = workers;
  }

  /** The search page, with facets and pagination as plain links. */
  @Get("/cerca")
  CompletableFuture<MutableHttpResponse<?>> page(HttpRequest<?> request) {
    return search(request, false);
  }

  /** The search results as JSON. */
  @Get("/api/search")
  CompletableFuture<MutableHttpResponse<?>> api(HttpRequest<?> request) {
    return search(request, true);
  }

  private CompletableFuture<MutableHttpResponse<?>> search(HttpRequest<?> request, boolean json) {
    ServedSite served = snapshots.current();
    if (!served.site().searchReady()) {
      return CompletableFuture.completedFuture(
          responder
              .error(HttpStatus.SERVICE_UNAVAILABLE, ErrorPage.SEARCH_UNAVAILABLE, request)
              .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS));
    }
    String query = request.getUri().getRawQuery();
    return workers.submit(
        () -> {
          try {
            return responder.dynamic(
                request, json ? served.site().searchApi(query) : served.site().searchPage(query));
          } catch (SearchUnavailableException e) {
            offline.warn("Search is unavailable: " + e.getMessage());
            return responder
                .error(HttpStatus.SERVICE_UNAVAILABLE, ErrorPage.SEARCH_OFFLINE, request)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
          }
        },
        () -> responder.busy(request));
  }
}
