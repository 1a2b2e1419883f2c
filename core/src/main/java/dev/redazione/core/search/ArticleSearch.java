package dev.redazione.core.search;

import dev.redazione.core.Article;
import java.util.List;

/**
 * Full-text search over one archive snapshot, with related articles and same-story grouping.
 *
 * <p>An instance answers for the archive it was built from ({@link ArticleSearchFactory#index});
 * when the archive changes, build a new one and swap both together. Implementations are immutable
 * and thread-safe, and never throw on user input: a malformed query gives empty results.
 */
public interface ArticleSearch {

  /**
   * Searches the archive.
   *
   * @param query the query, already cut to a sane length
   * @return one page of hits, with facet counts and, when nothing matched, a suggestion
   */
  SearchResults search(SearchQuery query);

  /**
   * The articles most similar to this one by content and shared tags, best first, each with a short
   * Italian reason such as {@code stessi temi: OpenAI, Azure}. Excludes the article itself and the
   * articles of {@link #sameStory(Article)}.
   *
   * @param article an article of the indexed archive; an unknown article has no related articles
   * @param limit the most articles to return, at least 1
   */
  List<RelatedArticle> related(Article article, int limit);

  /**
   * The other articles that report the same news as this one (near-duplicates), most similar first.
   *
   * @param article an article of the indexed archive; an unknown article has none
   */
  List<Article> sameStory(Article article);

  /**
   * The articles of {@link #sameStory(Article)}, in its order, each with the tags both have and a
   * short Italian reason naming what makes it the same news, such as {@code stessa notizia:
   * Stargate, diritto di prelazione, gennaio 2025}. This default gives every article the reason
   * {@code stessa notizia} and no shared tags.
   *
   * @param article an article of the indexed archive; an unknown article has none
   */
  default List<RelatedArticle> sameStoryWithReasons(Article article) {
    return sameStory(article).stream()
        .map(other -> new RelatedArticle(other, List.of(), "stessa notizia"))
        .toList();
  }
}
