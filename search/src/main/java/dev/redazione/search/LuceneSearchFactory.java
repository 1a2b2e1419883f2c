package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.ArticleSearchFactory;
import java.util.Objects;
import java.util.function.Function;

/**
 * Builds the Lucene search of an archive: an in-memory index with Italian analysis (elisions with
 * either apostrophe, stop words, light stemming, accent folding), highlighting, tag and year
 * facets, spelling suggestions, related articles and same-story grouping.
 *
 * <p>Indexing takes time proportional to the archive (see {@code docs/PERFORMANCE.md}); build the
 * search beside the archive and swap both together. {@link #update} does, on the calling thread,
 * work proportional to what changed since the previous search (see {@code docs/SEARCH.md}).
 * Stateless and thread-safe.
 *
 * <pre>{@code
 * ArticleSearch search = LuceneSearchFactory.create().index(archive);
 * SearchResults results = search.search(SearchQuery.of("accordo Microsoft"));
 * }</pre>
 */
public final class LuceneSearchFactory implements ArticleSearchFactory {

  private static final LuceneSearchFactory INSTANCE = new LuceneSearchFactory();

  private LuceneSearchFactory() {}

  /** The factory. */
  public static LuceneSearchFactory create() {
    return INSTANCE;
  }

  @Override
  public ArticleSearch index(Archive archive, Function<Article, String> bodyText) {
    return new LuceneArticleSearch(
        Objects.requireNonNull(archive, "archive"), Objects.requireNonNull(bodyText, "bodyText"));
  }

  @Override
  public ArticleSearch update(
      ArticleSearch previous, Archive archive, Function<Article, String> bodyText) {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(bodyText, "bodyText");
    return previous instanceof LuceneArticleSearch lucene
        ? lucene.update(archive, bodyText)
        : index(archive, bodyText);
  }
}
