package dev.redazione.site.internal;

import dev.redazione.core.Article;
import dev.redazione.core.Slug;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.RelatedArticle;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The related articles and the articles on the same story of each article of a snapshot, asked of
 * the search once per article: the article page and its record in the API show the same links.
 * Thread-safe; a failure is not kept, so the next request asks again.
 */
final class ArticleLinks {

  /** Related articles ("Leggi anche") of an article. */
  static final int RELATED = 3;

  private final ArticleSearch search;
  private final Map<Slug, List<RelatedArticle>> related = new ConcurrentHashMap<>();
  private final Map<Slug, List<RelatedArticle>> sameStory = new ConcurrentHashMap<>();

  ArticleLinks(ArticleSearch search) {
    this.search = search;
  }

  /** Up to {@value #RELATED} related articles, with the reason of each. */
  List<RelatedArticle> related(Article article) {
    return related.computeIfAbsent(article.slug(), slug -> search.related(article, RELATED));
  }

  /** The articles on the same story, with the reason of each. */
  List<RelatedArticle> sameStory(Article article) {
    return sameStory.computeIfAbsent(article.slug(), slug -> search.sameStoryWithReasons(article));
  }
}
