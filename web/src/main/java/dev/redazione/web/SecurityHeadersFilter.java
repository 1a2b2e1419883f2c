package dev.redazione.web;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Adds the security headers to every response: a Content-Security-Policy that allows only the
 * site's own styles and images and no script at all, no MIME sniffing, no framing, and a
 * conservative referrer policy.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityHeadersFilter {

  /** The policy: the pages need no script, so none is allowed, inline or not. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; "
          + "base-uri 'none'; frame-ancestors 'none'";

  /** Sets the headers. */
  @ResponseFilter
  void addHeaders(MutableHttpResponse<?> response) {
    response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.header("X-Content-Type-Options", "nosniff");
    response.header("Referrer-Policy", "strict-origin-when-cross-origin");
    response.header("X-Frame-Options", "DENY");
    response.header("Cross-Origin-Opener-Policy", "same-origin");
  }
}
