package dev.redazione.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rule for aliases within an archive: an alias that is the address of an article (its own
 * included, which would redirect to itself) or an alias another article claimed first is dropped
 * with an {@code ALIAS_CONFLICT} warning at the line of the article's aliases. Articles claim in
 * the order given ({@link Archive#of} gives them by source path). Mutable and not thread-safe: one
 * per archive.
 */
final class AliasClaims {

  private final Map<String, Article> articleByPath = new HashMap<>();
  private final Map<String, Article> claimed = new HashMap<>();

  /** Claims for articles whose slugs are final. */
  AliasClaims(Collection<Article> articles) {
    for (Article article : articles) {
      articleByPath.put(Alias.articlePath(article.slug()), article);
    }
  }

  /** The article with only the aliases it may keep, each dropped one with a warning. */
  Article claim(Article article) {
    if (article.aliases().isEmpty()) {
      return article;
    }
    List<Alias> kept = new ArrayList<>();
    List<Diagnostic> conflicts = new ArrayList<>();
    for (Alias alias : article.aliases()) {
      Article page = articleByPath.get(alias.path());
      Article holder = claimed.get(alias.path());
      if (page != null) {
        conflicts.add(
            conflict(
                article,
                alias,
                page == article
                    ? "this article's own address"
                    : "the address of the article in `" + page.report().source().path() + "`"));
      } else if (holder != null) {
        conflicts.add(
            conflict(
                article,
                alias,
                "already an alias of the article in `" + holder.report().source().path() + "`"));
      } else {
        claimed.put(alias.path(), article);
        kept.add(alias);
      }
    }
    if (conflicts.isEmpty()) {
      return article;
    }
    Article.Builder builder = article.toBuilder().aliases(kept);
    conflicts.forEach(builder::diagnostic);
    return builder.build();
  }

  private static Diagnostic conflict(Article article, Alias alias, String what) {
    int line =
        article.report().provenance(ArticleField.ALIASES).map(Provenance::lineNumber).orElse(0);
    return Diagnostic.warning(
        article.report().source().path(),
        line,
        DiagnosticCode.ALIAS_CONFLICT.code(),
        "alias `"
            + alias.path()
            + "` (line "
            + line
            + ") is "
            + what
            + "; it is ignored, expected an address no article and no other alias has");
  }
}
