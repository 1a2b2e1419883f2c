package dev.redazione.ingest.internal.markdown;

import java.util.Objects;

/**
 * A body after preparation: canonical Markdown with paste errors repaired and template code
 * translated or dropped, plus the part before a {@code <!--more-->} break. Immutable.
 *
 * @param markdown the canonical Markdown
 * @param firstLine the file line of the Markdown's first line, 0 when unknown
 * @param summaryMarkdown the Markdown before the summary break, empty when there is none
 * @param summaryLine the file line of the summary break, 0 when there is none
 */
public record PreparedMarkdown(
    String markdown, int firstLine, String summaryMarkdown, int summaryLine) {

  /** Requires the texts. */
  public PreparedMarkdown {
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(summaryMarkdown, "summaryMarkdown");
  }
}
