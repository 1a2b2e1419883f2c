package dev.redazione.site.view;

import java.util.List;
import java.util.Objects;

/**
 * An article as a card in a listing.
 *
 * @param title the headline
 * @param url the site path of the article
 * @param teaser the subtitle, summary or opening of the text
 * @param date the publication date
 * @param tags links to the article's tags
 * @param image the lead image, or {@code null} when there is none that exists
 */
public record ArticleCard(
    String title, String url, String teaser, DateView date, List<TermLink> tags, ImageView image) {

  /** Requires the text fields and copies the tags. */
  public ArticleCard {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(teaser, "teaser");
    Objects.requireNonNull(date, "date");
    tags = List.copyOf(tags);
  }
}
