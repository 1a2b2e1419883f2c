package dev.redazione.core.search;

import dev.redazione.core.Article;
import dev.redazione.core.Tag;
import java.util.List;
import java.util.Objects;

/**
 * An article to suggest beside another, with the tags they share and a short Italian reason to
 * show, such as {@code stessi temi: OpenAI, Azure}. Immutable and thread-safe.
 *
 * @param article the suggested article
 * @param sharedTags tags both articles have, most relevant first; possibly empty
 * @param reason why it is suggested, in Italian, not blank
 */
public record RelatedArticle(Article article, List<Tag> sharedTags, String reason) {

  /** Requires every component and copies the tags. */
  public RelatedArticle {
    Objects.requireNonNull(article, "article");
    sharedTags = List.copyOf(sharedTags);
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) {
      throw new IllegalArgumentException(
          "reason for related article `" + article.slug() + "` is blank");
    }
  }
}
