package dev.redazione.core.search;

import dev.redazione.core.Page;
import dev.redazione.core.Tag;
import dev.redazione.core.TermCount;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a search found: one page of hits, how many hits each tag and year would give, and a "Forse
 * cercavi …" suggestion when nothing matched. Immutable and thread-safe.
 *
 * <p>Facet counts follow the usual drill-sideways rule: tag counts apply the query's year filter
 * but not its tag filter, and year counts the other way round, so a visitor sees what each choice
 * of filter would give.
 */
public final class SearchResults {

  private final SearchQuery query;
  private final Page<SearchHit> hits;
  private final List<TermCount<Tag>> tagCounts;
  private final List<TermCount<Integer>> yearCounts;
  private final String suggestion;

  /**
   * Results of a search.
   *
   * @param query the query answered
   * @param hits the page of hits asked for; its total is the number of matching articles
   * @param tagCounts tags of the matching articles with counts, most frequent first
   * @param yearCounts years of the matching articles with counts, newest first
   * @param suggestion a corrected query text to propose, or {@code null} for none
   */
  public SearchResults(
      SearchQuery query,
      Page<SearchHit> hits,
      List<TermCount<Tag>> tagCounts,
      List<TermCount<Integer>> yearCounts,
      String suggestion) {
    this.query = Objects.requireNonNull(query, "query");
    this.hits = Objects.requireNonNull(hits, "hits");
    this.tagCounts = List.copyOf(tagCounts);
    this.yearCounts = List.copyOf(yearCounts);
    this.suggestion = suggestion == null || suggestion.isBlank() ? null : suggestion.strip();
  }

  /** Results with nothing found and nothing to suggest, for a blank query. */
  public static SearchResults empty(SearchQuery query) {
    return new SearchResults(
        query,
        new Page<>(List.of(), query.page(), query.pageSize(), 0),
        List.of(),
        List.of(),
        null);
  }

  /** The query answered. */
  public SearchQuery query() {
    return query;
  }

  /** The page of hits; {@link Page#totalItems()} is the number of matching articles. */
  public Page<SearchHit> hits() {
    return hits;
  }

  /** The number of matching articles, on all pages. */
  public int totalHits() {
    return hits.totalItems();
  }

  /** Tags of the matching articles with counts, most frequent first. */
  public List<TermCount<Tag>> tagCounts() {
    return tagCounts;
  }

  /** Years of the matching articles with counts, newest first. */
  public List<TermCount<Integer>> yearCounts() {
    return yearCounts;
  }

  /**
   * A corrected query text to propose ("Forse cercavi …"), when nothing matched and one is close.
   */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  @Override
  public String toString() {
    return "SearchResults[" + query.text() + ", " + totalHits() + " hits]";
  }
}
