package dev.redazione.site.internal;

import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import java.util.List;

/**
 * The search of a snapshot whose index is still being built: it finds nothing, and articles have no
 * related or same-story articles until the indexed snapshot replaces this one. Stateless.
 */
public final class UnbuiltSearch implements ArticleSearch {

  @Override
  public SearchResults search(SearchQuery query) {
    return SearchResults.empty(query);
  }

  @Override
  public List<RelatedArticle> related(Article article, int limit) {
    return List.of();
  }

  @Override
  public List<Article> sameStory(Article article) {
    return List.of();
  }
}
