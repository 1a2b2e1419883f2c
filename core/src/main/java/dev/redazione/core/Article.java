package dev.redazione.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An article of the archive: what is published (its metadata and its body in Markdown, HTML and
 * text) and, apart from it, its {@link ReadReport} (where it was read from, where each field came
 * from, what cleaning removed and the diagnostics found while reading it).
 *
 * <p>Optional fields are absent, never invented: an article without a known date has no date. Build
 * one with {@link #builder()}. Instances are immutable and thread-safe.
 */
public final class Article {

  private final Slug slug;
  private final String title;
  private final String subtitle;
  private final PublicationDate date;
  private final PublicationDate updated;
  private final List<Author> authors;
  private final List<Tag> tags;
  private final List<Category> categories;
  private final Image image;
  private final String summary;
  private final Body body;
  private final List<Heading> headings;
  private final List<Alias> aliases;
  private final ReadReport report;
  private final Map<String, Object> extra;
  private final boolean draft;
  private final String language;

  private Article(Builder b) {
    this.slug = Objects.requireNonNull(b.slug, "slug");
    this.title = Objects.requireNonNull(b.title, "title").strip();
    if (title.isEmpty()) {
      throw new IllegalArgumentException("article title is blank in " + describe(b.source));
    }
    this.subtitle = blankToNull(b.subtitle);
    this.date = b.date;
    this.updated = b.updated;
    this.authors = List.copyOf(new LinkedHashSet<>(b.authors));
    this.tags = List.copyOf(new LinkedHashSet<>(b.tags));
    this.categories = List.copyOf(new LinkedHashSet<>(b.categories));
    this.image = b.image;
    this.summary = blankToNull(b.summary);
    this.body = Objects.requireNonNull(b.body, "body");
    this.headings = List.copyOf(b.headings);
    this.aliases = List.copyOf(new LinkedHashSet<>(b.aliases));
    this.report =
        new ReadReport(
            Objects.requireNonNull(b.source, "source"), b.provenance, b.removed, b.diagnostics);
    this.extra = ExtraMetadata.copyOf(b.extra);
    this.draft = b.draft;
    this.language = Objects.requireNonNull(b.language, "language");
  }

  private static String describe(Source source) {
    return source == null ? "an article without source" : source.path();
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** A builder for a new article. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this article's values, to derive a changed copy. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.slug = slug;
    b.title = title;
    b.subtitle = subtitle;
    b.date = date;
    b.updated = updated;
    b.authors.addAll(authors);
    b.tags.addAll(tags);
    b.categories.addAll(categories);
    b.image = image;
    b.summary = summary;
    b.body = body;
    b.headings.addAll(headings);
    b.aliases.addAll(aliases);
    b.source = report.source();
    b.provenance.putAll(report.provenance());
    b.removed.addAll(report.removed());
    b.diagnostics.addAll(report.diagnostics());
    b.extra.putAll(extra);
    b.draft = draft;
    b.language = language;
    return b;
  }

  /** The URL identifier, unique within an {@link Archive}. */
  public Slug slug() {
    return slug;
  }

  /**
   * The headline; see {@link ReadReport#provenance(ArticleField)} to know whether the author wrote
   * it.
   */
  public String title() {
    return title;
  }

  /** The standfirst under the headline, when there is one. */
  public Optional<String> subtitle() {
    return Optional.ofNullable(subtitle);
  }

  /** The publication date at its known precision, when known. */
  public Optional<PublicationDate> date() {
    return Optional.ofNullable(date);
  }

  /** The date of the last update, when known. */
  public Optional<PublicationDate> updated() {
    return Optional.ofNullable(updated);
  }

  /** The authors, in byline order, without duplicates. */
  public List<Author> authors() {
    return authors;
  }

  /** The tags, without duplicates (by key). */
  public List<Tag> tags() {
    return tags;
  }

  /** The categories, without duplicates (by key). */
  public List<Category> categories() {
    return categories;
  }

  /** The lead image, when there is one. */
  public Optional<Image> image() {
    return Optional.ofNullable(image);
  }

  /** The summary given by the source, when there is one. */
  public Optional<String> summary() {
    return Optional.ofNullable(summary);
  }

  /** The body in Markdown, sanitised HTML and plain text. */
  public Body body() {
    return body;
  }

  /** The section headings of the body, in order. */
  public List<Heading> headings() {
    return headings;
  }

  /** The old addresses that redirect to this article, without duplicates, in source order. */
  public List<Alias> aliases() {
    return aliases;
  }

  /** Words in the body. */
  public int wordCount() {
    return body.wordCount();
  }

  /** Estimated reading time in minutes; see {@link Body#readingMinutes()}. */
  public int readingMinutes() {
    return body.readingMinutes();
  }

  /** How the article was read: source, provenance, removed lines and diagnostics. */
  public ReadReport report() {
    return report;
  }

  /** Front-matter keys without a typed field, kept as read (unmodifiable, in source order). */
  public Map<String, Object> extra() {
    return extra;
  }

  /** Whether the article is a draft, kept out of the published site. */
  public boolean draft() {
    return draft;
  }

  /** The language tag of the content, {@code it} unless the source says otherwise. */
  public String language() {
    return language;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a
        && slug.equals(a.slug)
        && title.equals(a.title)
        && Objects.equals(subtitle, a.subtitle)
        && Objects.equals(date, a.date)
        && Objects.equals(updated, a.updated)
        && authors.equals(a.authors)
        && tags.equals(a.tags)
        && categories.equals(a.categories)
        && Objects.equals(image, a.image)
        && Objects.equals(summary, a.summary)
        && body.equals(a.body)
        && headings.equals(a.headings)
        && aliases.equals(a.aliases)
        && report.equals(a.report)
        && extra.equals(a.extra)
        && draft == a.draft
        && language.equals(a.language);
  }

  @Override
  public int hashCode() {
    return Objects.hash(slug, title, date, report.source());
  }

  @Override
  public String toString() {
    return "Article[" + slug + ", " + report.source().path() + "]";
  }

  /** A mutable, single-use builder of {@link Article}; not thread-safe. */
  public static final class Builder {
    private Slug slug;
    private String title;
    private String subtitle;
    private PublicationDate date;
    private PublicationDate updated;
    private final List<Author> authors = new ArrayList<>();
    private final List<Tag> tags = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private Image image;
    private String summary;
    private Body body = Body.empty();
    private final List<Heading> headings = new ArrayList<>();
    private final List<Alias> aliases = new ArrayList<>();
    private Source source;
    private final Map<ArticleField, Provenance> provenance = new EnumMap<>(ArticleField.class);
    private final List<RemovedLine> removed = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Object> extra = new LinkedHashMap<>();
    private boolean draft;
    private String language = "it";

    private Builder() {}

    /** Sets the slug (required). */
    public Builder slug(Slug slug) {
      this.slug = slug;
      return this;
    }

    /** Sets the title (required, not blank). */
    public Builder title(String title) {
      this.title = title;
      return this;
    }

    /** Sets the subtitle; {@code null} or blank for none. */
    public Builder subtitle(String subtitle) {
      this.subtitle = subtitle;
      return this;
    }

    /** Sets the publication date; {@code null} when unknown. */
    public Builder date(PublicationDate date) {
      this.date = date;
      return this;
    }

    /** Sets the update date; {@code null} when unknown. */
    public Builder updated(PublicationDate updated) {
      this.updated = updated;
      return this;
    }

    /** Replaces the authors. */
    public Builder authors(Collection<Author> authors) {
      this.authors.clear();
      this.authors.addAll(authors);
      return this;
    }

    /** Replaces the tags. */
    public Builder tags(Collection<Tag> tags) {
      this.tags.clear();
      this.tags.addAll(tags);
      return this;
    }

    /** Replaces the categories. */
    public Builder categories(Collection<Category> categories) {
      this.categories.clear();
      this.categories.addAll(categories);
      return this;
    }

    /** Sets the lead image; {@code null} for none. */
    public Builder image(Image image) {
      this.image = image;
      return this;
    }

    /** Sets the summary; {@code null} or blank for none. */
    public Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    /** Sets the body (default: empty). */
    public Builder body(Body body) {
      this.body = body;
      return this;
    }

    /** Replaces the headings. */
    public Builder headings(Collection<Heading> headings) {
      this.headings.clear();
      this.headings.addAll(headings);
      return this;
    }

    /** Replaces the aliases: old addresses that redirect to the article. */
    public Builder aliases(Collection<Alias> aliases) {
      this.aliases.clear();
      this.aliases.addAll(aliases);
      return this;
    }

    /** Sets the source (required). */
    public Builder source(Source source) {
      this.source = source;
      return this;
    }

    /** Records where a field's value came from. */
    public Builder provenance(ArticleField field, Provenance provenance) {
      this.provenance.put(
          Objects.requireNonNull(field, "field"), Objects.requireNonNull(provenance, "provenance"));
      return this;
    }

    /** Forgets where a field came from, for a field that no longer has a value. */
    public Builder clearProvenance(ArticleField field) {
      this.provenance.remove(field);
      return this;
    }

    /** Replaces the removed lines. */
    public Builder removed(Collection<RemovedLine> removed) {
      this.removed.clear();
      this.removed.addAll(removed);
      return this;
    }

    /** Adds a diagnostic. */
    public Builder diagnostic(Diagnostic diagnostic) {
      this.diagnostics.add(Objects.requireNonNull(diagnostic, "diagnostic"));
      return this;
    }

    /** Replaces the diagnostics. */
    public Builder diagnostics(Collection<Diagnostic> diagnostics) {
      this.diagnostics.clear();
      this.diagnostics.addAll(diagnostics);
      return this;
    }

    /** Replaces the extra metadata (strings, numbers, booleans, nulls, lists and maps). */
    public Builder extra(Map<String, ?> extra) {
      this.extra.clear();
      this.extra.putAll(extra);
      return this;
    }

    /** Marks the article as a draft. */
    public Builder draft(boolean draft) {
      this.draft = draft;
      return this;
    }

    /** Sets the language tag (default {@code it}). */
    public Builder language(String language) {
      this.language = language;
      return this;
    }

    /**
     * Builds the article.
     *
     * @throws NullPointerException if slug, title or source is missing
     * @throws IllegalArgumentException if the title is blank
     */
    public Article build() {
      return new Article(this);
    }
  }
}
