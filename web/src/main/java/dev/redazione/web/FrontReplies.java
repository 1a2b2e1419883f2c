package dev.redazione.web;

import dev.redazione.site.ErrorPage;
import io.micronaut.context.annotation.Value;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/**
 * What {@link FrontHandler} answers before Micronaut: bad requests ({@link BadRequest}), each
 * logged in one short line, at most one a second; and, unless {@code redazione.fast-path=false},
 * GET and HEAD requests for pages the current snapshot has already rendered, by the same {@link
 * PageReplies} rules as the controllers. Pages not rendered yet are left to {@link PageController},
 * which renders them off the event loop. Thread-safe; shared by every connection.
 */
@Singleton
final class FrontReplies {

  /** The configuration property that turns the fast path for pages off when {@code false}. */
  static final String FAST_PATH_PROPERTY = "redazione.fast-path";

  private final ContentSnapshots snapshots;
  private final PageSource pages;
  private final ErrorReplies errors;
  private final boolean fastPath;
  private final RateLimitedLog badRequests =
      new RateLimitedLog(LoggerFactory.getLogger(BadRequest.class));
  private final RateLimitedLog failures =
      new RateLimitedLog(LoggerFactory.getLogger(FrontReplies.class));

  FrontReplies(
      ContentSnapshots snapshots,
      PageSource pages,
      ErrorReplies errors,
      @Value("${" + FAST_PATH_PROPERTY + ":true}") boolean fastPath) {
    this.snapshots = snapshots;
    this.pages = pages;
    this.errors = errors;
    this.fastPath = fastPath;
  }

  /** The error answer to a request that no route could make sense of, logged. */
  Optional<Reply> badRequest(HttpRequest request, SocketAddress client) {
    return BadRequest.of(request)
        .map(
            bad -> {
              badRequests.warn(
                  "Answered " + bad.status() + " to " + host(client) + ": " + bad.reason());
              return errors.reply(bad.status(), bad.page(), RequestConditions.NONE, "/");
            });
  }

  /** Logs a request body that could not be parsed, such as a malformed chunk. */
  void badBody(SocketAddress client) {
    badRequests.warn("Closed the connection of " + host(client) + ": unreadable request body");
  }

  /**
   * The answer to a request for a page already rendered, or a 500 when even looking it up failed;
   * nothing for any other request, or when there is no snapshot to look in.
   */
  Optional<Reply> cachedPage(HttpRequest request) {
    HttpMethod method = request.method();
    String target = request.uri();
    if (!fastPath
        || !(method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))
        || !target.startsWith("/")) {
      return Optional.empty();
    }
    RequestConditions conditions =
        new RequestConditions(
            request.headers().get(HttpHeaderNames.IF_NONE_MATCH),
            request.headers().get(HttpHeaderNames.IF_MODIFIED_SINCE),
            request.headers().get(HttpHeaderNames.ACCEPT_ENCODING));
    try {
      ServedSite served = snapshots.current();
      return pages
          .cached(served.site(), target)
          .map(page -> PageReplies.ok(conditions, served, page));
    } catch (NoSnapshotException e) {
      return Optional.empty();
    } catch (RuntimeException e) {
      String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
      failures.error("Failed to serve " + method + " " + path, e);
      return Optional.of(errors.reply(500, ErrorPage.SERVER_ERROR, conditions, path));
    }
  }

  private static String host(SocketAddress client) {
    return client instanceof InetSocketAddress address && address.getAddress() != null
        ? address.getAddress().getHostAddress()
        : String.valueOf(client);
  }
}
