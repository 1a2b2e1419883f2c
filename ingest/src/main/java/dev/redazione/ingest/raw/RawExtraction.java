package dev.redazione.ingest.raw;

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
 * What {@link RawTextExtractor} found in a raw text: metadata with provenance, the cleaned body as
 * canonical Markdown, the removed lines and the diagnostics. Immutable and thread-safe.
 */
public final class RawExtraction {

  private final Extracted<String> title;
  private final String bodyMarkdown;
  private final List<Diagnostic> diagnostics;

  RawExtraction(Extracted<String> title, String bodyMarkdown, List<Diagnostic> diagnostics) {
    this.title = title;
    this.bodyMarkdown = Objects.requireNonNull(bodyMarkdown, "bodyMarkdown");
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The headline, absent only when the text has no prose at all. */
  public Optional<Extracted<String>> title() {
    return Optional.ofNullable(title);
  }

  /** The standfirst under the headline. */
  public Optional<Extracted<String>> subtitle() {
    return Optional.empty();
  }

  /** The publication date. */
  public Optional<Extracted<PublicationDate>> date() {
    return Optional.empty();
  }

  /** The date of the last update. */
  public Optional<Extracted<PublicationDate>> updated() {
    return Optional.empty();
  }

  /** The authors, in byline order. */
  public List<Author> authors() {
    return List.of();
  }

  /** Where the authors came from, when there are any. */
  public Optional<Provenance> authorsProvenance() {
    return Optional.empty();
  }

  /** Tags the text gives itself, such as a trailing tag line. */
  public List<Tag> tags() {
    return List.of();
  }

  /** Where the tags came from, when there are any. */
  public Optional<Provenance> tagsProvenance() {
    return Optional.empty();
  }

  /** The cleaned body as canonical Markdown, without title, subtitle or furniture. */
  public String bodyMarkdown() {
    return bodyMarkdown;
  }

  /** Every line removed from the body, with its line and rule. */
  public List<RemovedLine> removed() {
    return List.of();
  }

  /** Problems found while extracting. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
