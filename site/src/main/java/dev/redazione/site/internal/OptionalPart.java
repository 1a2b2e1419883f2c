package dev.redazione.site.internal;

import dev.redazione.core.Article;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The optional parts of an article (related articles, articles on the same story): a failure
 * finding them never keeps the article from being shown, on its page or in the API.
 */
final class OptionalPart {

  private static final Logger LOG = LoggerFactory.getLogger(OptionalPart.class);

  private OptionalPart() {}

  /**
   * Makes an optional part of an article; when it cannot be made, the failure is logged (with the
   * source path, which goes to the log only) and the article is shown without it.
   */
  static <T> List<T> of(String part, Article article, Supplier<List<T>> make) {
    try {
      return make.get();
    } catch (RuntimeException e) {
      LOG.warn(
          "the {} of {} ({}) cannot be found; it is shown without them",
          part,
          article.slug(),
          article.report().source().path(),
          e);
      return List.of();
    }
  }
}
