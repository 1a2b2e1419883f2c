package dev.redazione.web;

import dev.redazione.site.ErrorPage;
import dev.redazione.site.RenderedPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/**
 * Answers Micronaut requests with rendered pages, following {@link PageReplies}, and with error
 * pages, following {@link ErrorReplies}. Thread-safe.
 */
@Singleton
final class PageResponder {

  private final ErrorReplies errors;

  PageResponder(ErrorReplies errors) {
    this.errors = errors;
  }

  /** The page with status 200, or 304 when the client's copy is current. */
  MutableHttpResponse<?> ok(HttpRequest<?> request, ServedSite served, RenderedPage page) {
    return response(PageReplies.ok(conditions(request), served, page));
  }

  /**
   * A page rendered for this request only, such as search results: see {@link PageReplies#dynamic}.
   */
  MutableHttpResponse<?> dynamic(HttpRequest<?> request, RenderedPage page) {
    return response(PageReplies.dynamic(conditions(request), page));
  }

  /**
   * A permanent redirect to a path of the site. Caches revalidate it, since an alias may be taken
   * back or point elsewhere after an edit.
   */
  MutableHttpResponse<?> movedPermanently(String location) {
    return HttpResponse.status(HttpStatus.MOVED_PERMANENTLY)
        .header(HttpHeaders.LOCATION, location)
        .header(HttpHeaders.CACHE_CONTROL, "no-cache");
  }

  /** An error page already at hand, with an error status. */
  MutableHttpResponse<?> error(
      HttpStatus status, HttpRequest<?> request, ServedSite served, RenderedPage page) {
    return response(PageReplies.error(status.getCode(), conditions(request), served, page));
  }

  /** The answer with an error status: see {@link ErrorReplies#reply}. */
  MutableHttpResponse<?> error(HttpStatus status, ErrorPage kind, HttpRequest<?> request) {
    return response(errors.reply(status.getCode(), kind, conditions(request), request.getPath()));
  }

  /** The answer when the {@link WorkPool} for a request is full: 503 with {@code Retry-After}. */
  MutableHttpResponse<?> busy(HttpRequest<?> request) {
    return error(HttpStatus.SERVICE_UNAVAILABLE, ErrorPage.BUSY, request)
        .header(HttpHeaders.RETRY_AFTER, WorkPool.RETRY_AFTER_SECONDS);
  }

  /** The conditional and encoding headers of a request. */
  static RequestConditions conditions(HttpRequest<?> request) {
    HttpHeaders headers = request.getHeaders();
    return new RequestConditions(
        headers.get(HttpHeaders.IF_NONE_MATCH),
        headers.get(HttpHeaders.IF_MODIFIED_SINCE),
        headers.get(HttpHeaders.ACCEPT_ENCODING));
  }

  private static MutableHttpResponse<?> response(Reply reply) {
    MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(reply.status()));
    reply.headers().forEach(response::header);
    return reply.status() == 304 ? response : response.body(reply.body());
  }
}
