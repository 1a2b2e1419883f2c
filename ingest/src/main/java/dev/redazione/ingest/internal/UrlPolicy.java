package dev.redazione.ingest.internal;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which URLs may appear in an article: relative paths and {@code http}, {@code https} (and, for
 * links, {@code mailto}) URLs. Stateless and thread-safe.
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
    Matcher m = SCHEME.matcher(INVISIBLE.matcher(url).replaceAll(""));
    return !m.find() || schemes.contains(m.group(1).toLowerCase(Locale.ROOT));
  }
}
