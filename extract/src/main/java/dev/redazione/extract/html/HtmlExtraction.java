package dev.redazione.extract.html;

import dev.redazione.core.Author;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Image;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.RemovedLine;
import dev.redazione.core.Tag;
import dev.redazione.extract.Extracted;
import dev.redazione.extract.Extraction;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HtmlPageExtractor} read from one saved HTML page: title, subtitle, dates, authors,
 * tags and lead image with their provenance (JSON-LD, a meta tag or an element, at its source
 * line), the language, the main content as canonical Markdown, the text blocks left out of it with
 * the rule that left each out, and the diagnostics. Immutable and thread-safe.
 */
public final class HtmlExtraction implements Extraction {

  private final Extracted<String> title;
  private final Extracted<String> subtitle;
  private final Extracted<PublicationDate> date;
  private final Extracted<PublicationDate> updated;
  private final Extracted<List<Author>> authors;
  private final Extracted<List<Tag>> tags;
  private final Extracted<Image> image;
  private final String language;
  private final String bodyMarkdown;
  private final List<RemovedLine> removed;
  private final List<Diagnostic> diagnostics;

  private HtmlExtraction(Builder b) {
    this.title = b.title;
    this.subtitle = b.subtitle;
    this.date = b.date;
    this.updated = b.updated;
    this.authors = copy(b.authors);
    this.tags = copy(b.tags);
    this.image = b.image;
    this.language = b.language;
    this.bodyMarkdown = Objects.requireNonNull(b.bodyMarkdown, "bodyMarkdown");
    this.removed = List.copyOf(b.removed);
    this.diagnostics = List.copyOf(b.diagnostics);
  }

  private static <T> Extracted<List<T>> copy(Extracted<List<T>> list) {
    return list == null || list.value().isEmpty()
        ? null
        : new Extracted<>(List.copyOf(list.value()), list.provenance());
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The headline: the page's {@code <h1>} when it matches the metadata title, else the metadata
   * title without the site's name, else DERIVED from the first sentence; absent only when the page
   * has no title and no text.
   */
  @Override
  public Optional<Extracted<String>> title() {
    return Optional.ofNullable(title);
  }

  /** The description the page's metadata gives, when it is not a copy of the body's opening. */
  @Override
  public Optional<Extracted<String>> subtitle() {
    return Optional.ofNullable(subtitle);
  }

  /** The publication date at the precision the page gives, with its offset, when it gives one. */
  @Override
  public Optional<Extracted<PublicationDate>> date() {
    return Optional.ofNullable(date);
  }

  /** The date of the last change, when the page gives one later than the publication date. */
  @Override
  public Optional<Extracted<PublicationDate>> updated() {
    return Optional.ofNullable(updated);
  }

  /** The authors the page names and shows, in the page's order. */
  @Override
  public List<Author> authors() {
    return authors == null ? List.of() : authors.value();
  }

  @Override
  public Optional<Provenance> authorsProvenance() {
    return Optional.ofNullable(authors).map(Extracted::provenance);
  }

  /** The tags the page's metadata gives its article ({@code article:tag}, JSON-LD keywords). */
  @Override
  public List<Tag> tags() {
    return tags == null ? List.of() : tags.value();
  }

  @Override
  public Optional<Provenance> tagsProvenance() {
    return Optional.ofNullable(tags).map(Extracted::provenance);
  }

  /** The lead image the page names for sharing (JSON-LD {@code image}, {@code og:image}). */
  @Override
  public Optional<Extracted<Image>> image() {
    return Optional.ofNullable(image);
  }

  /** The page's language, the primary tag of {@code <html lang>} ({@code it}), when it has one. */
  @Override
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /**
   * The main content as canonical Markdown (headings, paragraphs, lists, links, images with
   * captions, quotes, emphasis); no headline. Empty when no main content was found.
   */
  @Override
  public String bodyMarkdown() {
    return bodyMarkdown;
  }

  /** The text blocks left out of the body, in page order, each with the rule that left it out. */
  @Override
  public List<RemovedLine> removed() {
    return removed;
  }

  @Override
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Collects the parts of an extraction; used once, by the extractor. */
  static final class Builder {
    private Extracted<String> title;
    private Extracted<String> subtitle;
    private Extracted<PublicationDate> date;
    private Extracted<PublicationDate> updated;
    private Extracted<List<Author>> authors;
    private Extracted<List<Tag>> tags;
    private Extracted<Image> image;
    private String language;
    private String bodyMarkdown = "";
    private List<RemovedLine> removed = List.of();
    private List<Diagnostic> diagnostics = List.of();

    private Builder() {}

    Builder title(Extracted<String> value) {
      this.title = value;
      return this;
    }

    Builder subtitle(Extracted<String> value) {
      this.subtitle = value;
      return this;
    }

    Builder date(Extracted<PublicationDate> value) {
      this.date = value;
      return this;
    }

    Builder updated(Extracted<PublicationDate> value) {
      this.updated = value;
      return this;
    }

    Builder authors(Extracted<List<Author>> value) {
      this.authors = value;
      return this;
    }

    Builder tags(Extracted<List<Tag>> value) {
      this.tags = value;
      return this;
    }

    Builder image(Extracted<Image> value) {
      this.image = value;
      return this;
    }

    Builder language(String value) {
      this.language = value;
      return this;
    }

    Builder bodyMarkdown(String value) {
      this.bodyMarkdown = value;
      return this;
    }

    Builder removed(List<RemovedLine> value) {
      this.removed = value;
      return this;
    }

    Builder diagnostics(List<Diagnostic> value) {
      this.diagnostics = value;
      return this;
    }

    HtmlExtraction build() {
      return new HtmlExtraction(this);
    }
  }
}
