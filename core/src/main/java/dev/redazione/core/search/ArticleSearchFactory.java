package dev.redazione.core.search;

import dev.redazione.core.Archive;

/**
 * Builds an {@link ArticleSearch} for an archive snapshot: the seam where a search backend plugs
 * in. Implementations are thread-safe.
 */
@FunctionalInterface
public interface ArticleSearchFactory {

  /**
   * Indexes every article of the archive.
   *
   * @param archive the snapshot to search; the result answers for it only
   */
  ArticleSearch index(Archive archive);

  /**
   * The search of an archive that replaces the one {@code previous} answers for, such as the
   * content folder after a file changed: it answers as {@link #index} would, but a backend may
   * reuse what did not change. This default indexes the whole archive.
   *
   * @param previous a search this factory built
   * @param archive the snapshot to search; the result answers for it only
   */
  default ArticleSearch update(ArticleSearch previous, Archive archive) {
    return index(archive);
  }
}
