package dev.redazione.extract;

import dev.redazione.core.Author;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Image;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.RemovedLine;
import dev.redazione.core.Tag;
import java.util.List;
import java.util.Optional;

/**
 * What an extractor read from one source, raw text or a saved HTML page: the article's fields, each
 * with its provenance, the body as canonical Markdown, what was left out of it with the rule that
 * left it out, and the diagnostics. A field the source does not give is absent. Implementations are
 * immutable and thread-safe.
 */
public interface Extraction {

  /** The headline; absent only when the source has no title and no text. */
  Optional<Extracted<String>> title();

  /** The standfirst under the headline, when the source gives one. */
  Optional<Extracted<String>> subtitle();

  /** The publication date at the precision the source gives, when it gives one. */
  Optional<Extracted<PublicationDate>> date();

  /** The date of the last change, when the source gives one. */
  Optional<Extracted<PublicationDate>> updated();

  /** The authors in the source's order; empty when none is named. */
  List<Author> authors();

  /** Where the authors came from, when there are any. */
  Optional<Provenance> authorsProvenance();

  /** The tags the source gives itself; empty when it gives none. */
  List<Tag> tags();

  /** Where the tags came from, when there are any. */
  Optional<Provenance> tagsProvenance();

  /** The lead image the source names, when it names one. */
  default Optional<Extracted<Image>> image() {
    return Optional.empty();
  }

  /** The source's language as a primary language tag ({@code it}), when it declares one. */
  default Optional<String> language() {
    return Optional.empty();
  }

  /** The body as canonical Markdown, without the title and subtitle; empty when nothing is left. */
  String bodyMarkdown();

  /** What was taken out of the body, in source order, each with the rule that took it. */
  List<RemovedLine> removed();

  /** What was guessed or missing, located at its line. */
  List<Diagnostic> diagnostics();
}
