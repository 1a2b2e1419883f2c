package dev.redazione.site.view;

import java.util.List;
import java.util.Objects;

/**
 * One result of the search page.
 *
 * @param titleHtml the title, escaped, with {@code <mark>} around matched words
 * @param url the site path of the article
 * @param passageHtml the best passage, escaped, with {@code <mark>} around matched words
 * @param date the publication date
 * @param tags links to the article's tags
 */
public record SearchHitView(
    String titleHtml, String url, String passageHtml, DateView date, List<TermLink> tags) {

  /** Requires every field and copies the tags. */
  public SearchHitView {
    Objects.requireNonNull(titleHtml, "titleHtml");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(passageHtml, "passageHtml");
    Objects.requireNonNull(date, "date");
    tags = List.copyOf(tags);
  }
}
