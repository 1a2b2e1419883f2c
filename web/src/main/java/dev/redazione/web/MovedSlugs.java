package dev.redazione.web;

import dev.redazione.core.Alias;
import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The article addresses that changed while this server ran: when a reload gives the article read
 * from a file a new slug (its title was edited), its old address redirects to the new one, for as
 * long as the server runs and no article takes the old slug back. A second change redirects both
 * old addresses to the newest; a deleted article's old addresses are forgotten. Immutable and
 * thread-safe; each reload makes the next one.
 */
final class MovedSlugs {

  /** Nothing has moved. */
  static final MovedSlugs NONE = new MovedSlugs(Map.of(), Map.of());

  /** The source path of the article each old path belonged to. */
  private final Map<String, String> sourceByOldPath;

  /** Each old path's article path now. */
  private final Map<String, String> currentByOldPath;

  private MovedSlugs(Map<String, String> sourceByOldPath, Map<String, String> currentByOldPath) {
    this.sourceByOldPath = Map.copyOf(sourceByOldPath);
    this.currentByOldPath = Map.copyOf(currentByOldPath);
  }

  /** The moves known after a reload from {@code previous} to {@code next}. */
  MovedSlugs after(Archive previous, Archive next) {
    Map<String, String> pathBySource = new HashMap<>();
    for (Article article : next.articles()) {
      pathBySource.put(article.report().source().path(), Alias.articlePath(article.slug()));
    }
    Map<String, String> sources = new HashMap<>(sourceByOldPath);
    for (Article article : previous.articles()) {
      sources.put(Alias.articlePath(article.slug()), article.report().source().path());
    }
    Map<String, String> keptSources = new HashMap<>();
    Map<String, String> current = new HashMap<>();
    sources.forEach(
        (oldPath, source) -> {
          String now = pathBySource.get(source);
          if (now != null && !now.equals(oldPath) && next.findBySlug(slugOf(oldPath)).isEmpty()) {
            keptSources.put(oldPath, source);
            current.put(oldPath, now);
          }
        });
    return new MovedSlugs(keptSources, current);
  }

  private static String slugOf(String articlePath) {
    return articlePath.substring(Alias.ARTICLE_PREFIX.length());
  }

  /**
   * The article path an old address moved to, with the request's query string.
   *
   * @param target a request target such as {@code /articoli/vecchio?x=1}
   */
  Optional<String> redirect(String target) {
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return Optional.ofNullable(currentByOldPath.get(path))
        .map(location -> question < 0 ? location : location + target.substring(question));
  }

  /** How many old addresses redirect. */
  int size() {
    return currentByOldPath.size();
  }
}
