package dev.redazione.site.view;

import java.util.List;
import java.util.Objects;

/**
 * The search page: the query, its results and the links to refine it.
 *
 * @param query the text searched, as the visitor typed it
 * @param total matching articles on all pages
 * @param hits the results of this page
 * @param tags tag filters with counts
 * @param years year filters with counts
 * @param undated matching articles without a date, which no year filter finds
 * @param suggestion the "Forse cercavi" text, or {@code null}
 * @param suggestionUrl the link to search for the suggestion, or {@code null}
 * @param pagination the position among the result pages
 */
public record SearchView(
    String query,
    int total,
    List<SearchHitView> hits,
    List<FacetLink> tags,
    List<FacetLink> years,
    int undated,
    String suggestion,
    String suggestionUrl,
    PaginationView pagination) {

  /** Requires the query and pagination and copies the lists. */
  public SearchView {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(pagination, "pagination");
    hits = List.copyOf(hits);
    tags = List.copyOf(tags);
    years = List.copyOf(years);
  }

  /** Whether the visitor has typed something to search for. */
  public boolean searched() {
    return !query.isBlank();
  }
}
