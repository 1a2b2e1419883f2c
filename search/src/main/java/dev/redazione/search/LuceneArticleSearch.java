package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Lucene {@link ArticleSearch} of one archive snapshot. Text neighbours and same-story groups
 * of the whole archive are computed with the index, once; the term vectors they come from are
 * dropped afterwards. Immutable and thread-safe.
 */
final class LuceneArticleSearch implements ArticleSearch {

  private final ArticleIndex index;
  private final ArticleSearcher searcher;
  private final RelatedFinder related;
  private final SameStoryGroups sameStory;
  private final SharedTags sharedTags;

  LuceneArticleSearch(Archive archive, Function<Article, String> bodyText) {
    this.index = ArticleIndex.build(archive, bodyText);
    this.searcher = new ArticleSearcher(archive, index);
    StoryVectors vectors = StoryVectors.of(index);
    TextNeighbours neighbours = TextNeighbours.of(vectors);
    this.related = new RelatedFinder(archive, index, neighbours);
    this.sameStory = SameStoryGroups.of(index, vectors, neighbours);
    this.sharedTags = new SharedTags(archive);
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
        .position(article)
        .map(
            position ->
                related.related(
                    position,
                    limit,
                    Arrays.stream(sameStory.others(position)).boxed().collect(Collectors.toSet())))
        .orElse(List.of());
  }

  @Override
  public List<Article> sameStory(Article article) {
    return sameStoryWithReasons(article).stream().map(RelatedArticle::article).toList();
  }

  @Override
  public List<RelatedArticle> sameStoryWithReasons(Article article) {
    return index
        .position(article)
        .map(
            position -> {
              int[] others = sameStory.others(position);
              return IntStream.range(0, others.length)
                  .mapToObj(
                      i -> {
                        Article other = index.articleAt(others[i]);
                        return new RelatedArticle(
                            other, sharedTags.of(article, other), sameStory.reason(position, i));
                      })
                  .toList();
            })
        .orElse(List.of());
  }

  /**
   * The similarity of two indexed articles' texts, for tests and tuning; 0 for unknown articles.
   * Reads the term vectors again, so it costs as much as a pass over the index.
   */
  double similarity(Article one, Article other) {
    StoryVectors vectors = StoryVectors.of(index);
    return index
        .position(one)
        .flatMap(a -> index.position(other).map(b -> vectors.cosine(a, b)))
        .orElse(0.0);
  }
}
