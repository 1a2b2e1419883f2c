package dev.redazione.ingest.internal;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The fields of an article while the pipeline fills them in: an {@link Article.Builder} plus the
 * few values later stages need to read back (title, slug text, date, summary). Mutable; confined to
 * one read.
 */
public final class ArticleDraft {

  private final Article.Builder builder = Article.builder();
  private String title;
  private String slugText;
  private Provenance slugProvenance;
  private PublicationDate date;
  private boolean hasSummary;
  private boolean isDraft;
  private final Map<ArticleField, Origin> restoredOrigins = new EnumMap<>(ArticleField.class);

  /** The builder, for fields that need no reading back. */
  public Article.Builder builder() {
    return builder;
  }

  /** Sets the title and where it came from. */
  public void title(String title, Provenance provenance) {
    this.title = Objects.requireNonNull(title, "title");
    builder.title(title).provenance(ArticleField.TITLE, provenance);
  }

  /** The title, when one was found. */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /** Sets the text the slug is made from (a path, slug or permalink) and where it came from. */
  public void slugText(String text, Provenance provenance) {
    this.slugText = Objects.requireNonNull(text, "text");
    this.slugProvenance = Objects.requireNonNull(provenance, "provenance");
  }

  /** The text the slug is made from, when the source gave one. */
  public Optional<String> slugText() {
    return Optional.ofNullable(slugText);
  }

  /** Where the slug text came from, when the source gave one. */
  public Optional<Provenance> slugProvenance() {
    return Optional.ofNullable(slugProvenance);
  }

  /** Sets the publication date and where it came from. */
  public void date(PublicationDate date, Provenance provenance) {
    this.date = Objects.requireNonNull(date, "date");
    builder.date(date).provenance(ArticleField.DATE, provenance);
  }

  /** The publication date, when one was found. */
  public Optional<PublicationDate> date() {
    return Optional.ofNullable(date);
  }

  /** Sets the summary and where it came from. */
  public void summary(String summary, Provenance provenance) {
    this.hasSummary = true;
    builder.summary(summary).provenance(ArticleField.SUMMARY, provenance);
  }

  /** Marks the article as a draft, or not. */
  public void draft(boolean draft) {
    this.isDraft = draft;
    builder.draft(draft);
  }

  /** Whether the article is a draft. */
  public boolean isDraft() {
    return isDraft;
  }

  /** Whether a summary was set. */
  public boolean hasSummary() {
    return hasSummary;
  }

  /**
   * Records the origin a source declares for a field, applied by {@link #build()} if the field has
   * a value.
   */
  public void restoreOrigin(ArticleField field, Origin origin) {
    restoredOrigins.put(field, origin);
  }

  /** Builds the article, applying restored origins to the fields that have a value. */
  public Article build() {
    Article article = builder.build();
    if (restoredOrigins.isEmpty()) {
      return article;
    }
    Article.Builder restored = article.toBuilder();
    restoredOrigins.forEach(
        (field, origin) ->
            article
                .report()
                .provenance(field)
                .ifPresent(p -> restored.provenance(field, Provenance.of(origin))));
    return restored.build();
  }
}
