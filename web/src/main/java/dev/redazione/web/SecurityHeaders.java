package dev.redazione.web;

import dev.redazione.site.SecurityPolicy;
import java.util.Map;

/**
 * The security headers every response of the server carries: those of the site's {@link
 * SecurityPolicy}, which the static export carries too.
 */
final class SecurityHeaders {

  /** Every header with its value. */
  static final Map<String, String> ALL = SecurityPolicy.HEADERS;

  private SecurityHeaders() {}
}
