package dev.redazione.core;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The one rule for unique slugs, used by {@link Archive#of} and by {@code import}: an article whose
 * slug is already taken gets the first free numeric suffix ({@code -2}, {@code -3}, …) and a {@code
 * DUPLICATE_SLUG} warning at the line its slug came from. A suffix is never one of the reserved
 * slugs nor one already taken. Mutable and not thread-safe: one per archive or import.
 */
public final class SlugClaims {

  /** The code of the warning given to an article that had to change its slug. */
  public static final String DUPLICATE_SLUG = DiagnosticCode.DUPLICATE_SLUG.code();

  private final Set<Slug> reserved;
  private final Set<Slug> taken = new HashSet<>();
  private final Map<Slug, Integer> nextSuffix = new HashMap<>();
  private final String takenBy;
  private final String outcome;

  /**
   * Claims for one archive or import.
   *
   * @param reserved slugs no suffix may take (the slugs every article asks for)
   * @param takenBy who holds a slug already, for the warning: {@code another article}
   * @param outcome what happens to the article, for the warning: {@code this one is published as}
   */
  public SlugClaims(Collection<Slug> reserved, String takenBy, String outcome) {
    this.reserved = Set.copyOf(reserved);
    this.takenBy = Objects.requireNonNull(takenBy, "takenBy");
    this.outcome = Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * The article as it may be published: itself when its slug is free, else a copy with the first
   * free suffix and a warning. Takes nothing; see {@link #take}.
   */
  public Article unique(Article article) {
    Slug slug = article.slug();
    if (!taken.contains(slug)) {
      return article;
    }
    int suffix = nextSuffix.getOrDefault(slug, 2);
    while (reserved.contains(slug.withSuffix(suffix)) || taken.contains(slug.withSuffix(suffix))) {
      suffix++;
    }
    // Remembers where the search for each slug stopped, so many articles sharing one slug cost
    // linear time.
    nextSuffix.put(slug, suffix);
    Slug unique = slug.withSuffix(suffix);
    return article.toBuilder()
        .slug(unique)
        .diagnostic(
            Diagnostic.warning(
                article.report().source().path(),
                article
                    .report()
                    .provenance(ArticleField.SLUG)
                    .map(Provenance::lineNumber)
                    .orElse(0),
                DUPLICATE_SLUG,
                "slug `" + slug + "` is " + takenBy + "; " + outcome + " `" + unique + "`"))
        .build();
  }

  /** Marks a slug as taken. */
  public void take(Slug slug) {
    taken.add(Objects.requireNonNull(slug, "slug"));
  }

  /** The article as {@link #unique} gives it, its slug taken. */
  public Article claim(Article article) {
    Article unique = unique(article);
    take(unique.slug());
    return unique;
  }
}
