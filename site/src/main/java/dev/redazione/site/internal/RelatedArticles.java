package dev.redazione.site.internal;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Tag;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The articles that share the most tags with an article; ties go to the newer article. */
final class RelatedArticles {

  private RelatedArticles() {}

  /**
   * Up to {@code limit} articles sharing at least one tag with {@code article}, most shared first.
   */
  static List<Article> of(Archive archive, Article article, int limit) {
    Map<Article, Integer> shared = new HashMap<>();
    for (Tag tag : article.tags()) {
      for (Article other : archive.byTag(tag.key())) {
        if (!other.slug().equals(article.slug())) {
          shared.merge(other, 1, Integer::sum);
        }
      }
    }
    return shared.entrySet().stream()
        .sorted(
            Map.Entry.<Article, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey(Archive.NEWEST_FIRST)))
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }
}
