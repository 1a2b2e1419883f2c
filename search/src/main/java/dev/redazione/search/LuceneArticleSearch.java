package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Slug;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The Lucene {@link ArticleSearch} of one archive snapshot. Text neighbours and same-story groups
 * of the whole archive are computed with the index, once, and kept with the vectors they come from
 * so that the search of a changed archive can be {@link #update updated}. Immutable and
 * thread-safe.
 *
 * <p>An update builds again only the index buckets whose articles changed (an article or its body
 * text), so search answers exactly as a search built from scratch with the same body texts. The
 * story vectors, neighbours and groups of the update are those a full pass gives with the story
 * statistics ({@code N}, {@code df}) of the last full pass; the articles that differ from that
 * pass's are counted, and once they are more than {@value #DRIFT_PER_MILLE}‰ of the archive (or the
 * archive's size calls for another number of index buckets) the update is a full pass, with fresh
 * statistics. Until then each statistic is off by at most that many articles.
 */
final class LuceneArticleSearch implements ArticleSearch {

  /** The share of the archive, in thousandths, that may differ from the last full pass. */
  static final int DRIFT_PER_MILLE = 10;

  private final Archive archive;
  private final ArticleIndex index;
  private final ArticleSearcher searcher;
  private final StoryVectors vectors;
  private final TextNeighbours neighbours;
  private final RelatedFinder related;
  private final SameStoryGroups sameStory;
  private final SharedTags sharedTags;
  private final Set<Slug> drift;

  /** The search of an archive, each body indexed as {@code bodyText} gives it. */
  LuceneArticleSearch(Archive archive, Function<Article, String> bodyText) {
    this(archive, ArticleIndex.build(archive, bodyText));
  }

  private LuceneArticleSearch(Archive archive, ArticleIndex index) {
    this.archive = archive;
    this.index = index;
    this.searcher = new ArticleSearcher(archive, index);
    this.vectors = StoryVectors.of(index);
    this.neighbours = TextNeighbours.of(vectors);
    this.related = new RelatedFinder(archive, index, neighbours);
    this.sameStory = SameStoryGroups.of(index, vectors, neighbours);
    this.sharedTags = new SharedTags(archive);
    this.drift = Set.of();
  }

  private LuceneArticleSearch(
      Archive archive,
      ArticleIndex index,
      StoryVectors vectors,
      TextNeighbours neighbours,
      SameStoryGroups sameStory,
      Set<Slug> drift) {
    this.archive = archive;
    this.index = index;
    this.searcher = new ArticleSearcher(archive, index);
    this.vectors = vectors;
    this.neighbours = neighbours;
    this.related = new RelatedFinder(archive, index, neighbours);
    this.sameStory = sameStory;
    this.sharedTags = new SharedTags(archive);
    this.drift = drift;
  }

  /**
   * The search of another archive, usually this one's archive after a few changes, each body
   * indexed as {@code bodyText} gives it: the work is proportional to what changed (an article
   * changes when it or its body text does), done on the calling thread, unless the update is a full
   * pass (see the class description).
   */
  LuceneArticleSearch update(Archive next, Function<Article, String> bodyText) {
    return update(next, bodyText, next.size() * DRIFT_PER_MILLE / 1000);
  }

  /**
   * {@link #update(Archive, Function)} with the most articles that may differ from the last full
   * pass.
   */
  LuceneArticleSearch update(Archive next, Function<Article, String> bodyText, int maxDrift) {
    ArticleIndex nextIndex = index.update(next, bodyText);
    int[] oldOf = new int[next.size()];
    int[] newOf = new int[archive.size()];
    Arrays.fill(newOf, -1);
    Set<Slug> differ = new HashSet<>(drift);
    for (int position = 0; position < next.size(); position++) {
      Article article = next.articles().get(position);
      int old = index.positionOf(article.slug()).orElse(-1);
      if (old >= 0 && index.indexesAlike(index.articleAt(old), article, bodyText)) {
        oldOf[position] = old;
        newOf[old] = position;
      } else {
        oldOf[position] = -1;
        differ.add(article.slug());
      }
    }
    for (int old = 0; old < newOf.length; old++) {
      if (newOf[old] < 0) {
        differ.add(index.articleAt(old).slug());
      }
    }
    if (differ.size() > maxDrift
        || nextIndex.rebuiltDocRanges().size() == nextIndex.bucketCount()) {
      return new LuceneArticleSearch(next, nextIndex);
    }
    StoryVectors nextVectors = StoryVectors.update(vectors, nextIndex, oldOf);
    TextNeighbours nextNeighbours =
        TextNeighbours.update(neighbours, vectors, nextVectors, oldOf, newOf);
    SameStoryGroups nextGroups =
        SameStoryGroups.update(sameStory, nextIndex, nextVectors, nextNeighbours, oldOf, newOf);
    return new LuceneArticleSearch(
        next, nextIndex, nextVectors, nextNeighbours, nextGroups, Set.copyOf(differ));
  }

  /**
   * This search with its story pass done again in full over the same index, term ids and
   * statistics: what an update must equal. For tests.
   */
  LuceneArticleSearch recomputed() {
    StoryVectors full = StoryVectors.of(index, vectors.vocabulary(), vectors.statistics());
    TextNeighbours fullNeighbours = TextNeighbours.of(full);
    return new LuceneArticleSearch(
        archive,
        index,
        full,
        fullNeighbours,
        SameStoryGroups.of(index, full, fullNeighbours),
        drift);
  }

  /** The statistics of the last full pass, which this search's story vectors are weighed with. */
  StoryStatistics statistics() {
    return vectors.statistics();
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
