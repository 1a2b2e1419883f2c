package dev.redazione.ingest.internal.markdown;

import dev.redazione.core.Heading;
import java.util.List;
import java.util.Objects;

/**
 * A Markdown body rendered: sanitised HTML, plain text and the section headings. Immutable.
 *
 * @param html sanitised HTML
 * @param text plain text, blocks separated by blank lines
 * @param headings the headings, in order, with the ids the HTML gives them
 */
public record RenderedMarkdown(String html, String text, List<Heading> headings) {

  /** Requires the texts and copies the headings. */
  public RenderedMarkdown {
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
    headings = List.copyOf(headings);
  }
}
