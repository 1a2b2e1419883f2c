package dev.redazione.site.internal;

import dev.redazione.core.search.SearchQuery;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.TreeSet;

/**
 * Builds the links of the search page, so that facets, suggestion and pagination work as plain
 * links without JavaScript. Stateless.
 */
final class SearchUrls {

  /** The path of the search page. */
  static final String PAGE = "/cerca";

  private SearchUrls() {}

  /** The link to this query (page 1 is left implicit). */
  static String of(SearchQuery query) {
    StringBuilder url = new StringBuilder(PAGE).append("?q=").append(encode(query.text()));
    query.tags().forEach(tag -> url.append("&tag=").append(encode(tag)));
    query.years().forEach(year -> url.append("&anno=").append(year));
    if (query.page() > 1) {
      url.append("&pagina=").append(query.page());
    }
    return url.toString();
  }

  /** The link to this query with the tag filter switched on or off, back on page 1. */
  static String toggleTag(SearchQuery query, String tag) {
    if (!query.tags().contains(tag)) {
      return of(query.withTag(tag));
    }
    TreeSet<String> tags = new TreeSet<>(query.tags());
    tags.remove(tag);
    return of(new SearchQuery(query.text(), tags, query.years(), 1, query.pageSize()));
  }

  /** The link to this query with the year filter switched on or off, back on page 1. */
  static String toggleYear(SearchQuery query, int year) {
    if (!query.years().contains(year)) {
      return of(query.withYear(year));
    }
    TreeSet<Integer> years = new TreeSet<>(query.years());
    years.remove(year);
    return of(new SearchQuery(query.text(), query.tags(), years, 1, query.pageSize()));
  }

  /** The link to a search for other text, without filters. */
  static String text(String text) {
    return of(SearchQuery.of(text));
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
