package dev.redazione.web;

import dev.redazione.site.ErrorPage;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import jakarta.inject.Named;
import java.util.concurrent.CompletableFuture;

/**
 * Serves every page, feed and asset of the site from the current snapshot's pre-rendered bytes. The
 * site decides which paths exist: an old address of an article (an alias, or a slug that changed
 * while the server ran) is a 301 to it, anything else it does not know is the site's 404 page. A
 * page may have to be rendered first, so requests are served on the {@value WorkPools#PAGES} pool,
 * not on the event loop (pages already rendered are mostly answered before Micronaut, by {@link
 * FrontHandler}).
 */
@Controller
final class PageController {

  private final ContentSnapshots snapshots;
  private final PageSource pages;
  private final PageResponder responder;
  private final WorkPool workers;

  PageController(
      ContentSnapshots snapshots,
      PageSource pages,
      PageResponder responder,
      @Named(WorkPools.PAGES) WorkPool workers) {
    this.snapshots = snapshots;
    this.pages = pages;
    this.responder = responder;
    this.workers = workers;
  }

  /** The home page, first page or {@code ?pagina=N}. */
  @Get
  CompletableFuture<MutableHttpResponse<?>> home(HttpRequest<?> request) {
    return serve(request);
  }

  /**
   * Any other page: articles, listings, indexes, feeds, sitemap, robots rules, stylesheet, API.
   *
   * @param path the decoded path, unused: the site parses the raw, still-encoded request path, so
   *     that encoded dots or slashes never become path syntax
   */
  @Get("/{+path}")
  CompletableFuture<MutableHttpResponse<?>> page(HttpRequest<?> request, String path) {
    return serve(request);
  }

  private CompletableFuture<MutableHttpResponse<?>> serve(HttpRequest<?> request) {
    return workers.submit(() -> render(request), () -> responder.busy(request));
  }

  private MutableHttpResponse<?> render(HttpRequest<?> request) {
    ServedSite served = snapshots.current();
    String query = request.getUri().getRawQuery();
    String target = request.getUri().getRawPath() + (query == null ? "" : "?" + query);
    return pages
        .render(served.site(), target)
        .<MutableHttpResponse<?>>map(page -> responder.ok(request, served, page))
        .or(() -> served.redirect(target).map(responder::movedPermanently))
        .orElseGet(() -> responder.error(HttpStatus.NOT_FOUND, ErrorPage.NOT_FOUND, request));
  }
}
