package dev.redazione.site.view;

import java.util.List;
import java.util.Objects;

/**
 * An article page.
 *
 * @param title the headline
 * @param subtitle the standfirst, or {@code null}
 * @param date the publication date
 * @param updated the update date
 * @param authors the credited authors
 * @param readingMinutes estimated reading time
 * @param tags links to the tags
 * @param categories links to the categories
 * @param image the lead image, or {@code null} when none exists
 * @param bodyHtml the sanitised body HTML, the only markup written unescaped
 * @param previous the older article, or {@code null}
 * @param next the newer article, or {@code null}
 * @param related articles to read next, most related first, with the reason
 * @param sameStory other reports of the same news, most similar first, with the reason
 */
public record ArticleView(
    String title,
    String subtitle,
    DateView date,
    DateView updated,
    List<AuthorView> authors,
    int readingMinutes,
    List<TermLink> tags,
    List<TermLink> categories,
    ImageView image,
    String bodyHtml,
    ArticleCard previous,
    ArticleCard next,
    List<RelatedCard> related,
    List<RelatedCard> sameStory) {

  /** Requires the mandatory fields and copies the lists. */
  public ArticleView {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(bodyHtml, "bodyHtml");
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    categories = List.copyOf(categories);
    related = List.copyOf(related);
    sameStory = List.copyOf(sameStory);
  }
}
