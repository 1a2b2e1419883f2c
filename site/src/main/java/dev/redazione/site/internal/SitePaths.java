package dev.redazione.site.internal;

import dev.redazione.core.Alias;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

/** The site paths of the resources pages link to; one place so links and routes agree. */
public final class SitePaths {

  /** The prefix of image files served from the content folder. */
  public static final String IMAGES = "/immagini/";

  private SitePaths() {}

  /** The path of an article. */
  public static String article(String slug) {
    return Alias.ARTICLE_PREFIX + slug;
  }

  /**
   * Whether a path belongs to what the site answers besides its listed routes (search, the JSON
   * API, images), so an alias may not take it.
   */
  public static boolean isDynamic(String path) {
    return path.equals("/cerca")
        || path.equals("/api")
        || path.startsWith("/api/")
        || path.startsWith(IMAGES)
        || path.equals(IMAGES.substring(0, IMAGES.length() - 1));
  }

  /** The first page of a tag, category or author listing. */
  public static String listing(Route.ListingKind kind, String key) {
    return kind.prefix() + key;
  }

  /** The first page of a year's listing. */
  public static String year(int year) {
    return new Route.YearListing(year, 1).path();
  }

  /** The first page of a month's listing. */
  public static String month(YearMonth month) {
    return new Route.MonthListing(month, 1).path();
  }

  /**
   * The path of an image file, by its path relative to the content folder, each segment encoded.
   */
  public static String image(String relativePath) {
    StringBuilder path = new StringBuilder(IMAGES);
    String[] segments = relativePath.split("/");
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        path.append('/');
      }
      path.append(URLEncoder.encode(segments[i], StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return path.toString();
  }
}
