package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/** The Lucene {@link ArticleSearch} of one archive snapshot. Immutable and thread-safe. */
final class LuceneArticleSearch implements ArticleSearch {

  private final ArticleIndex index;
  private final ArticleSearcher searcher;
  private final RelatedFinder related;
  private final SameStoryDetector sameStory;

  LuceneArticleSearch(Archive archive) {
    this.index = ArticleIndex.build(archive);
    this.searcher = new ArticleSearcher(archive, index);
    this.related = new RelatedFinder(archive, index);
    this.sameStory = new SameStoryDetector(index);
  }

  @Override
  public SearchResults search(SearchQuery query) {
    return searcher.search(Objects.requireNonNull(query, "query"));
  }

  @Override
  public List<RelatedArticle> related(Article article, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("related article limit must be at least 1, was " + limit);
    }
    return index
        .doc(article)
        .map(doc -> related.related(doc, limit, new HashSet<>(sameStory.sameStory(doc))))
        .orElse(List.of());
  }

  @Override
  public List<Article> sameStory(Article article) {
    return index.doc(article).map(sameStory::sameStory).orElse(List.of());
  }

  /**
   * The similarity of two indexed articles' texts, for tests and tuning; 0 for unknown articles.
   */
  double similarity(Article one, Article other) {
    return index
        .doc(one)
        .flatMap(a -> index.doc(other).map(b -> sameStory.similarity(a, b)))
        .orElse(0.0);
  }
}
