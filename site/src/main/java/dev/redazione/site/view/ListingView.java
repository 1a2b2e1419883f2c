package dev.redazione.site.view;

import java.util.List;
import java.util.Objects;

/**
 * A listing of articles: the home page, a tag, category, author, year or month.
 *
 * @param heading the page heading
 * @param intro a line under the heading, such as the article count, or {@code null}
 * @param articles the cards on this page
 * @param pagination the position among the listing's pages
 * @param months a year's months with articles, newest first; empty for other listings
 * @param monthsLabel the name of the months' navigation, or {@code null} when there are none
 */
public record ListingView(
    String heading,
    String intro,
    List<ArticleCard> articles,
    PaginationView pagination,
    List<TermLink> months,
    String monthsLabel) {

  /** Requires heading and pagination and copies the lists. */
  public ListingView {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(pagination, "pagination");
    articles = List.copyOf(articles);
    months = List.copyOf(months);
  }

  /** This listing with links to a year's months. */
  public ListingView withMonths(String label, List<TermLink> yearMonths) {
    return new ListingView(heading, intro, articles, pagination, yearMonths, label);
  }
}
