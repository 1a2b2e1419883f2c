package dev.redazione.extract;

import dev.redazione.core.Author;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.RemovedLine;
import dev.redazione.core.Tag;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link RawTextExtractor} read from one raw text: title, subtitle, dates, authors and tags
 * with their provenance, the cleaned body as canonical Markdown, every line removed from the body
 * with the rule that removed it, and the diagnostics.
 *
 * <p>Nothing is lost: every non-blank line of the text is in the title, the subtitle, a heading,
 * the body, or {@link #removed()} (lines read as metadata are recorded there too, under the rule
 * that read them). Instances are immutable and thread-safe.
 */
public final class RawExtraction implements Extraction {

  private final Extracted<String> title;
  private final Extracted<String> subtitle;
  private final Extracted<PublicationDate> date;
  private final Extracted<PublicationDate> updated;
  private final List<Author> authors;
  private final Provenance authorsProvenance;
  private final List<Tag> tags;
  private final Provenance tagsProvenance;
  private final String bodyMarkdown;
  private final List<RemovedLine> removed;
  private final List<Diagnostic> diagnostics;

  private RawExtraction(Builder b) {
    this.title = b.title;
    this.subtitle = b.subtitle;
    this.date = b.date;
    this.updated = b.updated;
    this.authors = List.copyOf(b.authors);
    this.authorsProvenance = b.authorsProvenance;
    this.tags = List.copyOf(b.tags);
    this.tagsProvenance = b.tagsProvenance;
    this.bodyMarkdown = Objects.requireNonNull(b.bodyMarkdown, "bodyMarkdown");
    this.removed = List.copyOf(b.removed);
    this.diagnostics = List.copyOf(b.diagnostics);
  }

  static Builder builder() {
    return new Builder();
  }

  /**
   * The headline: FIRST_LINE when a line reads as one, DERIVED from the first sentence otherwise
   * (with a {@code MISSING_TITLE} warning); absent only when the text has no prose at all.
   */
  @Override
  public Optional<Extracted<String>> title() {
    return Optional.ofNullable(title);
  }

  /** The standfirst directly under the headline (HEADING_LINE), when there is one. */
  @Override
  public Optional<Extracted<String>> subtitle() {
    return Optional.ofNullable(subtitle);
  }

  /** The publication date at the precision written (INLINE_DATE_MARKER or DATELINE), when found. */
  @Override
  public Optional<Extracted<PublicationDate>> date() {
    return Optional.ofNullable(date);
  }

  /** The date of the last update ({@code Aggiornato il …}), when found. */
  @Override
  public Optional<Extracted<PublicationDate>> updated() {
    return Optional.ofNullable(updated);
  }

  /** The authors in byline order, with the bio of an author box when there is one. */
  @Override
  public List<Author> authors() {
    return authors;
  }

  /** Where the authors came from (BYLINE or AUTHOR_BOX), when there are any. */
  @Override
  public Optional<Provenance> authorsProvenance() {
    return Optional.ofNullable(authorsProvenance);
  }

  /** The tags of a tag line, when there is one. */
  @Override
  public List<Tag> tags() {
    return tags;
  }

  /** Where the tags came from (TAG_LINE), when there are any. */
  @Override
  public Optional<Provenance> tagsProvenance() {
    return Optional.ofNullable(tagsProvenance);
  }

  /**
   * The cleaned body as canonical Markdown: paragraphs separated by blank lines, section headings
   * as {@code ## Heading}; no title, subtitle or furniture. Empty when nothing is left.
   */
  @Override
  public String bodyMarkdown() {
    return bodyMarkdown;
  }

  /** Every line taken out of the body, in line order, with the rule that took it. */
  @Override
  public List<RemovedLine> removed() {
    return removed;
  }

  /** What was guessed or missing, located at its line. */
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
    private List<Author> authors = List.of();
    private Provenance authorsProvenance;
    private List<Tag> tags = List.of();
    private Provenance tagsProvenance;
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

    Builder authors(List<Author> value, Provenance provenance) {
      this.authors = value;
      this.authorsProvenance = provenance;
      return this;
    }

    Builder tags(List<Tag> value, Provenance provenance) {
      this.tags = value;
      this.tagsProvenance = provenance;
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

    RawExtraction build() {
      return new RawExtraction(this);
    }
  }
}
