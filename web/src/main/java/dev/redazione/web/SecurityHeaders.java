package dev.redazione.web;

import java.util.Map;

/**
 * The security headers every response carries: a Content-Security-Policy that allows only the
 * site's own styles and images and no script at all, no MIME sniffing, no framing, and a
 * conservative referrer policy.
 */
final class SecurityHeaders {

  /** The policy: the pages need no script, so none is allowed, inline or not. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; form-action 'self'; "
          + "base-uri 'none'; frame-ancestors 'none'";

  /** Every header with its value. */
  static final Map<String, String> ALL =
      Map.of(
          "Content-Security-Policy", CONTENT_SECURITY_POLICY,
          "X-Content-Type-Options", "nosniff",
          "Referrer-Policy", "strict-origin-when-cross-origin",
          "X-Frame-Options", "DENY",
          "Cross-Origin-Opener-Policy", "same-origin");

  private SecurityHeaders() {}
}
