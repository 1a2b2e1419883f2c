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
}
