package dev.redazione.web;

import dev.redazione.site.ErrorPage;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.Optional;
import java.util.Set;

/**
 * A request answered with an error before any routing, because no route could make sense of it: one
 * the HTTP codec could not parse (a request line over the limit gives 414, headers over the limit
 * 431, anything else 400), an HTTP/1.1 request without exactly one {@code Host} (400), a control
 * character in the request target (400), another major HTTP version (505), or a method that HTTP
 * does not define (501).
 *
 * @param status the status code
 * @param page the error page that explains it
 * @param reason what was wrong, in a few words of English for the log
 */
record BadRequest(int status, ErrorPage page, String reason) {

  private static final int REASON_LENGTH = 80;

  private static final Set<HttpMethod> KNOWN_METHODS =
      Set.of(
          HttpMethod.GET,
          HttpMethod.HEAD,
          HttpMethod.POST,
          HttpMethod.PUT,
          HttpMethod.DELETE,
          HttpMethod.CONNECT,
          HttpMethod.OPTIONS,
          HttpMethod.TRACE,
          HttpMethod.PATCH);

  /** What is wrong with a request, or nothing when routing can take it. */
  static Optional<BadRequest> of(HttpRequest request) {
    DecoderResult result = request.decoderResult();
    if (!result.isSuccess()) {
      Throwable cause = result.cause();
      if (cause instanceof TooLongHttpLineException) {
        return bad(414, ErrorPage.URI_TOO_LONG, "request line too long");
      }
      if (cause instanceof TooLongHttpHeaderException) {
        return bad(431, ErrorPage.HEADERS_TOO_LARGE, "headers too large");
      }
      return bad(400, ErrorPage.BAD_REQUEST, "unreadable request: " + describe(cause));
    }
    HttpVersion version = request.protocolVersion();
    if (version.majorVersion() != 1) {
      return bad(505, ErrorPage.BAD_REQUEST, "HTTP version " + version.text() + " not supported");
    }
    if (version.minorVersion() >= 1 && request.headers().getAll(HttpHeaderNames.HOST).size() != 1) {
      return bad(400, ErrorPage.BAD_REQUEST, "HTTP/1.1 request without exactly one Host header");
    }
    if (hasControlCharacter(request.uri())) {
      return bad(400, ErrorPage.BAD_REQUEST, "control character in the request target");
    }
    if (!KNOWN_METHODS.contains(request.method())) {
      return bad(501, ErrorPage.NOT_IMPLEMENTED, "unknown method " + clip(request.method().name()));
    }
    return Optional.empty();
  }

  private static boolean hasControlCharacter(String target) {
    for (int i = 0; i < target.length(); i++) {
      char c = target.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return true;
      }
    }
    return false;
  }

  private static Optional<BadRequest> bad(int status, ErrorPage page, String reason) {
    return Optional.of(new BadRequest(status, page, reason));
  }

  private static String describe(Throwable cause) {
    return cause == null || cause.getMessage() == null ? "malformed" : clip(cause.getMessage());
  }

  /** Text from the request, made safe and short for one log line. */
  private static String clip(String text) {
    StringBuilder clipped = new StringBuilder(Math.min(text.length(), REASON_LENGTH + 1));
    for (int i = 0; i < text.length() && clipped.length() < REASON_LENGTH; i++) {
      char c = text.charAt(i);
      clipped.append(c < 0x20 || c >= 0x7f ? '?' : c);
    }
    return text.length() > REASON_LENGTH ? clipped + "…" : clipped.toString();
  }
}
