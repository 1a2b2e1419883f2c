package dev.redazione.web;

import dev.redazione.site.ErrorPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import java.net.URISyntaxException;
import org.slf4j.LoggerFactory;

/**
 * Turns every error into a page in the site's style that says what happened in plain Italian and
 * never shows a stack trace, an exception message or a file path (see {@link ErrorReplies}).
 */
@Controller
final class ErrorController {

  private final PageResponder responder;
  private final RateLimitedLog failures =
      new RateLimitedLog(LoggerFactory.getLogger(ErrorController.class));

  ErrorController(PageResponder responder) {
    this.responder = responder;
  }

  /** No route for the path. */
  @Error(status = HttpStatus.NOT_FOUND, global = true)
  MutableHttpResponse<?> notFound(HttpRequest<?> request) {
    return responder.error(HttpStatus.NOT_FOUND, ErrorPage.NOT_FOUND, request);
  }

  /** A method other than GET or HEAD. */
  @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
  MutableHttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
    return responder
        .error(HttpStatus.METHOD_NOT_ALLOWED, ErrorPage.METHOD_NOT_ALLOWED, request)
        .header(HttpHeaders.ALLOW, "GET, HEAD");
  }

  /** A request the server could not make sense of. */
  @Error(status = HttpStatus.BAD_REQUEST, global = true)
  MutableHttpResponse<?> badRequest(HttpRequest<?> request) {
    return responder.error(HttpStatus.BAD_REQUEST, ErrorPage.BAD_REQUEST, request);
  }

  /** A request target that is not a URI at all, such as a malformed percent escape. */
  @Error(exception = URISyntaxException.class, global = true)
  MutableHttpResponse<?> malformedTarget(HttpRequest<?> request) {
    return badRequest(request);
  }

  /**
   * Anything unexpected: logged in full here (at most once a second), shown as a generic error page
   * to the visitor.
   */
  @Error(global = true)
  MutableHttpResponse<?> failure(HttpRequest<?> request, Throwable error) {
    if (!(error instanceof NoSnapshotException)) {
      failures.error("Failed to serve " + request.getMethodName() + " " + request.getPath(), error);
    }
    return responder.error(HttpStatus.INTERNAL_SERVER_ERROR, ErrorPage.SERVER_ERROR, request);
  }
}
