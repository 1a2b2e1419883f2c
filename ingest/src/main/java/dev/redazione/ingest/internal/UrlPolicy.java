package dev.redazione.ingest.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs may appear in an article: relative paths and {@code http}, {@code https} (and, for
 * links, {@code mailto}) URLs. A URL without a scheme whose first segment holds a colon ({@code
 * %6Aavascript:x}) is no relative path (RFC 3986 forbids it) and is refused as well. Stateless and
 * thread-safe.
 */
public final class UrlPolicy {

  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
  private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cntrl}\\s]");
  private static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");

  private UrlPolicy() {}

  /** Whether an image source is a relative path or an http(s) URL. */
  public static boolean isSafeImage(String url) {
    return hasSchemeIn(url, IMAGE_SCHEMES);
  }

  /** Whether a link target is relative or uses http, https or mailto. */
  public static boolean isSafeLink(String url) {
    return hasSchemeIn(url, LINK_SCHEMES);
  }

  private static boolean hasSchemeIn(String url, Set<String> schemes) {
    String visible = INVISIBLE.matcher(url).replaceAll("");
    Matcher m = SCHEME.matcher(visible);
    if (m.find()) {
      return schemes.contains(m.group(1).toLowerCase(Locale.ROOT));
    }
    return !hasColonInFirstSegment(visible);
  }

  private static boolean hasColonInFirstSegment(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '/' || c == '?' || c == '#') {
        return false;
      }
      if (c == ':') {
        return true;
      }
    }
    return false;
  }
}
