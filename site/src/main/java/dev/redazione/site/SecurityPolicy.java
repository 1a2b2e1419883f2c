package dev.redazione.site;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The security headers of the site, stated once for every way it is published: the server sends
 * them with every response, and the static export carries them as a {@code <meta>} policy in every
 * page and as header files for static hosts.
 *
 * <p>The policy allows only the site's own styles, images, fonts and script files, and no inline
 * script (the server's pages load no script: their only {@code <script>} is a JSON-LD data block,
 * which is never run; the static export's search page loads the search script and its index from
 * the site itself); no MIME sniffing, no framing, a conservative referrer policy. An SVG image
 * opened on its own gets a stricter policy of its own: nothing loads, inline styles apply, and it
 * runs sandboxed.
 */
public final class SecurityPolicy {

  /** The Content-Security-Policy of every response. */
  public static final String CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self'; script-src 'self'; "
          + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

  /** The Content-Security-Policy of an SVG image, which replaces the site's one. */
  public static final String SVG_CONTENT_SECURITY_POLICY =
      "default-src 'none'; style-src 'unsafe-inline'; sandbox";

  /**
   * The site's policy as a {@code <meta http-equiv>} may carry it: without {@code frame-ancestors},
   * which browsers ignore there ({@code X-Frame-Options} and the header files cover framing).
   */
  public static final String META_CONTENT_SECURITY_POLICY =
      Arrays.stream(CONTENT_SECURITY_POLICY.split(";\\s*"))
          .filter(directive -> !directive.startsWith("frame-ancestors"))
          .collect(Collectors.joining("; "));

  /** Every security header with its value, in a stable order. */
  public static final Map<String, String> HEADERS = headers();

  private SecurityPolicy() {}

  private static Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Cross-Origin-Opener-Policy", "same-origin");
    return Collections.unmodifiableMap(headers);
  }
}
