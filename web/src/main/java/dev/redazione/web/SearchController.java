package dev.redazione.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * Serves the search page ({@code /cerca?q=…}) and the search API ({@code /api/search?q=…}) from the
 * current snapshot's index. The site parses the raw query string itself, so no parameter can fail
 * conversion: any query, however malformed, gets a page.
 */
@Controller
final class SearchController {

  private final ContentSnapshots snapshots;
  private final PageResponder responder;

  SearchController(ContentSnapshots snapshots, PageResponder responder) {
    this.snapshots = snapshots;
    this.responder = responder;
  }

  /** The search page, with facets and pagination as plain links. */
  @Get("/cerca")
  MutableHttpResponse<?> page(HttpRequest<?> request) {
    return responder.dynamic(snapshots.current().site().searchPage(request.getUri().getRawQuery()));
  }

  /** The search results as JSON. */
  @Get("/api/search")
  MutableHttpResponse<?> api(HttpRequest<?> request) {
    return responder.dynamic(snapshots.current().site().searchApi(request.getUri().getRawQuery()));
  }
}
