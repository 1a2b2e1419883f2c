package dev.redazione.extract.html;

import dev.redazione.core.Author;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.RemovedLine;
import dev.redazione.extract.Extracted;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link HtmlPageExtractor} read from one saved HTML page: title, dates and authors with their
 * provenance (JSON-LD, a meta tag or an element, at its source line), the main content as canonical
 * Markdown, the text blocks left out of it with the rule that left each out, and the diagnostics.
 * Immutable and thread-safe.
 */
public final class HtmlExtraction {

  private final Extracted<String> title;
  private final Extracted<PublicationDate> date;
  private final Extracted<PublicationDate> updated;
  private final List<Author> authors;
  private final Provenance authorsProvenance;
  private final String language;
  private final String bodyMarkdown;
  private final List<RemovedLine> removed;
  private final List<Diagnostic> diagnostics;

  HtmlExtraction(
      Extracted<String> title,
      Extracted<PublicationDate> date,
      Extracted<PublicationDate> updated,
      Extracted<List<Author>> authors,
      String language,
      String bodyMarkdown,
      List<RemovedLine> removed,
      List<Diagnostic> diagnostics) {
    this.title = title;
    this.date = date;
    this.updated = updated;
    this.authors = authors == null ? List.of() : List.copyOf(authors.value());
    this.authorsProvenance = authors == null ? null : authors.provenance();
    this.language = language;
    this.bodyMarkdown = Objects.requireNonNull(bodyMarkdown, "bodyMarkdown");
    this.removed = List.copyOf(removed);
    this.diagnostics = List.copyOf(diagnostics);
  }

  /**
   * The headline: the page's {@code <h1>} when it matches the metadata title, else the metadata
   * title without the site's name, else DERIVED from the first sentence; absent only when the page
   * has no title and no text.
   */
  public Optional<Extracted<String>> title() {
    return Optional.ofNullable(title);
  }

  /** The publication date at the precision the page gives, with its offset, when it gives one. */
  public Optional<Extracted<PublicationDate>> date() {
    return Optional.ofNullable(date);
  }

  /** The date of the last change, when the page gives one later than the publication date. */
  public Optional<Extracted<PublicationDate>> updated() {
    return Optional.ofNullable(updated);
  }

  /** The authors the page's metadata names and the page shows, in metadata order. */
  public List<Author> authors() {
    return authors;
  }

  /** Where the authors came from, when there are any. */
  public Optional<Provenance> authorsProvenance() {
    return Optional.ofNullable(authorsProvenance);
  }

  /** The page's language, the primary tag of {@code <html lang>} ({@code it}), when it has one. */
  public Optional<String> language() {
    return Optional.ofNullable(language);
  }

  /**
   * The main content as canonical Markdown (headings, paragraphs, lists, links, images with
   * captions, quotes, emphasis); no headline. Empty when no main content was found.
   */
  public String bodyMarkdown() {
    return bodyMarkdown;
  }

  /** The text blocks left out of the body, in page order, each with the rule that left it out. */
  public List<RemovedLine> removed() {
    return removed;
  }

  /** What was missing or guessed. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
