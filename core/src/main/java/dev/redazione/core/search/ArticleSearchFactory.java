package dev.redazione.core.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import java.util.function.Function;

/**
 * Builds an {@link ArticleSearch} for an archive snapshot: the seam where a search backend plugs
 * in. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ArticleSearchFactory {

  /**
   * Indexes every article of the archive, each body as its plain text.
   *
   * @param archive the snapshot to search; the result answers for it only
   */
  default ArticleSearch index(Archive archive) {
    return index(archive, article -> article.body().text());
  }

  /**
   * Indexes every article of the archive, each body as {@code bodyText} gives it, which is also the
   * text passages of results are taken from: a site passes the text its pages show (without the
   * captions of images it leaves out), so a result never quotes what the page does not.
   *
   * @param archive the snapshot to search; the result answers for it only
   * @param bodyText the body text of an article of the archive; cheap and thread-safe
   */
  ArticleSearch index(Archive archive, Function<Article, String> bodyText);
}
