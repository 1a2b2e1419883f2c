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
 */
public record ListingView(
    String heading, String intro, List<ArticleCard> articles, PaginationView pagination) {

  /** Requires heading and pagination and copies the cards. */
  public ListingView {
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(pagination, "pagination");
    articles = List.copyOf(articles);
  }
}
