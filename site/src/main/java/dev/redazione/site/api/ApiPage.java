package dev.redazione.site.api;

import java.util.List;

/**
 * A page of {@code /api/articles}, newest first.
 *
 * @param page the 1-based page number
 * @param pageSize summaries per page
 * @param totalPages pages in all
 * @param totalArticles articles in all
 * @param next the path of the next page, or {@code null} on the last
 * @param articles the summaries of this page
 */
public record ApiPage(
    int page,
    int pageSize,
    int totalPages,
    int totalArticles,
    String next,
    List<ApiSummary> articles) {

  /** Copies the summaries. */
  public ApiPage {
    articles = List.copyOf(articles);
  }
}
