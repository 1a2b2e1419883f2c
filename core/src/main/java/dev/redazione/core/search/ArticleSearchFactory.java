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
    return index(archive, ArticleSearchFactory::plainText);
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

  /**
   * {@link #update(ArticleSearch, Archive, Function)} with each body as its plain text.
   *
   * @param previous a search this factory built
   * @param archive the snapshot to search; the result answers for it only
   */
  default ArticleSearch update(ArticleSearch previous, Archive archive) {
    return update(previous, archive, ArticleSearchFactory::plainText);
  }

  /**
   * The search of an archive that replaces the one {@code previous} answers for, such as the
   * content folder after a file changed: it answers as {@link #index(Archive, Function)} would with
   * the same body texts, but a backend may reuse what did not change (an article is unchanged when
   * it and its body text are). This default indexes the whole archive.
   *
   * @param previous a search this factory built
   * @param archive the snapshot to search; the result answers for it only
   * @param bodyText the body text of an article of the archive; cheap and thread-safe
   */
  default ArticleSearch update(
      ArticleSearch previous, Archive archive, Function<Article, String> bodyText) {
    return index(archive, bodyText);
  }

  /** The body text of an article when none is given: its plain text. */
  static String plainText(Article article) {
    return article.body().text();
  }
}
