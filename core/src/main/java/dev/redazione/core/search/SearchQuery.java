package dev.redazione.core.search;

import java.util.Collection;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A search as a visitor typed it: free text, optional filters by tag key and year, and the page
 * wanted. Immutable and thread-safe.
 *
 * <p>The text is stripped and cut to at most {@value #MAX_TEXT_LENGTH} characters (never inside a
 * surrogate pair), so a pasted essay cannot make an expensive query. Filters are kept sorted, so
 * links built from a query are stable. The text syntax is the backend's: words, {@code "quoted
 * phrases"}, and a prefix match on the last word.
 *
 * @param text the free text, possibly empty
 * @param tags keys of tags every hit must have ({@link dev.redazione.core.Tag#key()}); empty for
 *     none
 * @param years years a hit must be dated in (any of them); empty for none
 * @param page the 1-based page number
 * @param pageSize hits per page, 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchQuery(
    String text, SortedSet<String> tags, SortedSet<Integer> years, int page, int pageSize) {

  /** The longest text kept; longer text is cut. */
  public static final int MAX_TEXT_LENGTH = 200;

  /** The page size of {@link #of(String)}. */
  public static final int DEFAULT_PAGE_SIZE = 10;

  /** The largest page size accepted. */
  public static final int MAX_PAGE_SIZE = 100;

  /** Cuts the text, copies the filters, validates page and size. */
  public SearchQuery {
    text = cut(Objects.requireNonNull(text, "text").strip());
    tags = frozen(tags, "tags");
    years = frozen(years, "years");
    if (page < 1) {
      throw new IllegalArgumentException("search page must be at least 1, was " + page);
    }
    if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException(
          "search page size must be 1.." + MAX_PAGE_SIZE + ", was " + pageSize);
    }
  }

  /** A query for this text: no filters, first page, {@value #DEFAULT_PAGE_SIZE} hits a page. */
  public static SearchQuery of(String text) {
    return new SearchQuery(text, new TreeSet<>(), new TreeSet<>(), 1, DEFAULT_PAGE_SIZE);
  }

  /** This query restricted to articles with the tag of this key too, back on page 1. */
  public SearchQuery withTag(String tagKey) {
    Objects.requireNonNull(tagKey, "tagKey");
    SortedSet<String> more = new TreeSet<>(tags);
    more.add(tagKey);
    return new SearchQuery(text, more, years, 1, pageSize);
  }

  /** This query restricted to articles dated in this year too, back on page 1. */
  public SearchQuery withYear(int year) {
    SortedSet<Integer> more = new TreeSet<>(years);
    more.add(year);
    return new SearchQuery(text, tags, more, 1, pageSize);
  }

  /** This query asking for another page. */
  public SearchQuery withPage(int number) {
    return new SearchQuery(text, tags, years, number, pageSize);
  }

  /** Whether the text has nothing to search for. */
  public boolean isBlank() {
    return text.isEmpty();
  }

  private static String cut(String text) {
    if (text.length() <= MAX_TEXT_LENGTH) {
      return text;
    }
    int end =
        Character.isHighSurrogate(text.charAt(MAX_TEXT_LENGTH - 1))
            ? MAX_TEXT_LENGTH - 1
            : MAX_TEXT_LENGTH;
    return text.substring(0, end).strip();
  }

  private static <T extends Comparable<T>> SortedSet<T> frozen(Collection<T> values, String name) {
    Objects.requireNonNull(values, name);
    values.forEach(v -> Objects.requireNonNull(v, name + " element"));
    return Collections.unmodifiableSortedSet(new TreeSet<>(values));
  }
}
