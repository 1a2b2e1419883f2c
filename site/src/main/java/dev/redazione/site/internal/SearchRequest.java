package dev.redazione.site.internal;

import dev.redazione.core.search.SearchQuery;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Reads a search from the query string of {@code /cerca} or {@code /api/search}: {@code q} (the
 * text), {@code tag} (a tag key, repeatable), {@code anno} (a year, repeatable) and {@code pagina}.
 * Nothing a visitor types makes it fail: malformed escapes are kept as typed, malformed numbers and
 * keys are ignored, and the text is cut by {@link SearchQuery}. Stateless and thread-safe.
 */
public final class SearchRequest {

  /** The highest page number accepted; later pages are never linked. */
  static final int MAX_PAGE = 1000;

  /** The most filters of each kind kept. */
  static final int MAX_FILTERS = 10;

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern PAGE = Pattern.compile("[1-9][0-9]{0,3}");
  private static final int MAX_QUERY_STRING = 4096;

  private SearchRequest() {}

  /** The search of a raw (still encoded) query string, or of {@code null} for none. */
  public static SearchQuery parse(String rawQuery) {
    String text = "";
    TreeSet<String> tags = new TreeSet<>();
    TreeSet<Integer> years = new TreeSet<>();
    int page = 1;
    String query = rawQuery == null ? "" : rawQuery;
    if (query.length() > MAX_QUERY_STRING) {
      query = query.substring(0, MAX_QUERY_STRING);
    }
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
      switch (name) {
        case "q" -> text = value;
        case "tag" -> {
          if (KEY.matcher(value).matches() && tags.size() < MAX_FILTERS) {
            tags.add(value);
          }
        }
        case "anno" -> {
          if (YEAR.matcher(value).matches() && years.size() < MAX_FILTERS) {
            years.add(Integer.parseInt(value));
          }
        }
        case "pagina" -> {
          if (PAGE.matcher(value).matches() && Integer.parseInt(value) <= MAX_PAGE) {
            page = Integer.parseInt(value);
          }
        }
        default -> {}
      }
    }
    return new SearchQuery(text, tags, years, page, SearchQuery.DEFAULT_PAGE_SIZE);
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return value;
    }
  }
}
