package dev.redazione.core.search;

import dev.redazione.core.Article;
import java.util.Objects;

/**
 * One article found by a search, with its title and best passage highlighted. Immutable and
 * thread-safe.
 *
 * @param article the article found
 * @param score the backend's relevance score; only its order within one result is meaningful
 * @param title the title, escaped, with matched words marked
 * @param passage the passage of the text that best matches, escaped and marked; the opening of the
 *     text when no passage matches; empty for an article without text
 */
public record SearchHit(Article article, float score, MarkedText title, MarkedText passage) {

  /** Requires every component. */
  public SearchHit {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(passage, "passage");
  }
}
