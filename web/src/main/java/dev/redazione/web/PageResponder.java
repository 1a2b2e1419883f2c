package dev.redazione.web;

import dev.redazione.site.RenderedPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

/** Answers Micronaut requests with rendered pages, following {@link PageReplies}. Thread-safe. */
@Singleton
final class PageResponder {

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

  /** The page with an error status. */
  MutableHttpResponse<?> error(
      HttpStatus status, HttpRequest<?> request, ServedSite served, RenderedPage page) {
    return response(PageReplies.error(status.getCode(), conditions(request), served, page));
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
