package dev.redazione.site;

import java.net.URI;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The site-wide settings of rendering: the public base URL used for canonical links, feeds and the
 * sitemap, the site's name, list sizes and the time zone of dates given without one. Immutable and
 * thread-safe.
 *
 * @param baseUrl absolute http(s) URL of the site's root, without a trailing slash
 * @param name the site's name, shown in the header and titles
 * @param pageSize articles per listing page
 * @param feedSize articles in the feeds
 * @param timeZone the zone whose midnight a day-precision date stands for in the feeds, which need
 *     a full timestamp; a date with its own offset keeps it
 */
public record SiteSettings(
    String baseUrl, String name, int pageSize, int feedSize, ZoneId timeZone) {

  /** The base URL used when none is configured. */
  public static final String DEFAULT_BASE_URL = "http://localhost:8080";

  /** The time zone used when none is configured: the site's readers are in Italy. */
  public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Europe/Rome");

  /** Validates the base URL and sizes; strips trailing slashes from the base URL. */
  public SiteSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(timeZone, "timeZone");
    baseUrl = stripTrailingSlashes(baseUrl.strip());
    URI uri;
    try {
      uri = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("base URL `" + baseUrl + "` is not a URL", e);
    }
    if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
        || uri.getHost() == null
        || uri.getQuery() != null
        || uri.getFragment() != null) {
      throw new IllegalArgumentException(
          "base URL `"
              + baseUrl
              + "` is not usable; expected an absolute http(s) URL such as https://example.org");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("site name is blank");
    }
    if (pageSize < 1 || feedSize < 1) {
      throw new IllegalArgumentException(
          "page size and feed size must be at least 1, were " + pageSize + " and " + feedSize);
    }
  }

  /**
   * Settings with this base URL and the defaults: name {@code Redazione}, 10 per page, 20 in feeds,
   * {@link #DEFAULT_TIME_ZONE}.
   */
  public static SiteSettings of(String baseUrl) {
    return new SiteSettings(baseUrl, "Redazione", 10, 20, DEFAULT_TIME_ZONE);
  }

  /** These settings with another time zone. */
  public SiteSettings withTimeZone(ZoneId zone) {
    return new SiteSettings(baseUrl, name, pageSize, feedSize, zone);
  }

  /** The absolute URL of a site path such as {@code /articoli/x}. */
  public String absolute(String path) {
    return baseUrl + path;
  }

  private static String stripTrailingSlashes(String url) {
    String result = url;
    while (result.endsWith("/")) {
      result = result.substring(0, result.length() - 1);
    }
    return result;
  }
}
