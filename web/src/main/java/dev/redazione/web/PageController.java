package dev.redazione.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;

/**
 * Serves every page, feed and asset of the site from the current snapshot's pre-rendered bytes. The
 * site decides which paths exist: anything it does not know is the site's 404 page.
 */
@Controller
final class PageController {

  private final ContentSnapshots snapshots;
  private final PageResponder responder;

  PageController(ContentSnapshots snapshots, PageResponder responder) {
    this.snapshots = snapshots;
    this.responder = responder;
  }

  /** The home page, first page or {@code ?pagina=N}. */
  @Get
  MutableHttpResponse<?> home(HttpRequest<?> request) {
    return serve(request);
  }

  /**
   * Any other page: articles, listings, indexes, feeds, sitemap, robots rules, stylesheet, API.
   *
   * @param path the decoded path, unused: the site parses the raw, still-encoded request path, so
   *     that encoded dots or slashes never become path syntax
   */
  @Get("/{+path}")
  MutableHttpResponse<?> page(HttpRequest<?> request, String path) {
    return serve(request);
  }

  private MutableHttpResponse<?> serve(HttpRequest<?> request) {
    ServedSite served = snapshots.current();
    String query = request.getUri().getRawQuery();
    String target = request.getUri().getRawPath() + (query == null ? "" : "?" + query);
    return served
        .site()
        .render(target)
        .<MutableHttpResponse<?>>map(page -> responder.ok(request, served, page))
        .orElseGet(
            () -> responder.error(HttpStatus.NOT_FOUND, request, served, served.site().notFound()));
  }
}
