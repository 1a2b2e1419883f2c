package dev.redazione.web;

import dev.redazione.site.ErrorPage;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import java.net.URISyntaxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every error into a page in the site's style that says what happened in plain Italian and
 * never shows a stack trace, an exception message or a file path.
 */
@Controller
final class ErrorController {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorController.class);

  private final ContentSnapshots snapshots;
  private final PageResponder responder;

  ErrorController(ContentSnapshots snapshots, PageResponder responder) {
    this.snapshots = snapshots;
    this.responder = responder;
  }

  /** No route for the path. */
  @Error(status = HttpStatus.NOT_FOUND, global = true)
  MutableHttpResponse<?> notFound(HttpRequest<?> request) {
    ServedSite served = snapshots.current();
    return responder.error(HttpStatus.NOT_FOUND, request, served, served.site().notFound());
  }

  /** A method other than GET or HEAD. */
  @Error(status = HttpStatus.METHOD_NOT_ALLOWED, global = true)
  MutableHttpResponse<?> methodNotAllowed(HttpRequest<?> request) {
    ServedSite served = snapshots.current();
    return responder
        .error(
            HttpStatus.METHOD_NOT_ALLOWED,
            request,
            served,
            served.site().error(ErrorPage.METHOD_NOT_ALLOWED))
        .header(HttpHeaders.ALLOW, "GET, HEAD");
  }

  /** A request the server could not make sense of. */
  @Error(status = HttpStatus.BAD_REQUEST, global = true)
  MutableHttpResponse<?> badRequest(HttpRequest<?> request) {
    ServedSite served = snapshots.current();
    return responder.error(
        HttpStatus.BAD_REQUEST, request, served, served.site().error(ErrorPage.BAD_REQUEST));
  }

  /** A request target that is not a URI at all, such as a malformed percent escape. */
  @Error(exception = URISyntaxException.class, global = true)
  MutableHttpResponse<?> malformedTarget(HttpRequest<?> request) {
    return badRequest(request);
  }

  /** Anything unexpected: logged in full here, shown as a generic error page to the visitor. */
  @Error(global = true)
  MutableHttpResponse<?> failure(HttpRequest<?> request, Throwable error) {
    LOG.error("Failed to serve {} {}", request.getMethodName(), request.getPath(), error);
    ServedSite served = snapshots.current();
    return responder.error(
        HttpStatus.INTERNAL_SERVER_ERROR,
        request,
        served,
        served.site().error(ErrorPage.SERVER_ERROR));
  }
}
