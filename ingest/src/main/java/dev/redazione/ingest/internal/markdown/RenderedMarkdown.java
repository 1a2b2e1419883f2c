package dev.redazione.ingest.internal.markdown;

import dev.redazione.core.Body;
import dev.redazione.core.Heading;
import java.util.List;
import java.util.Objects;

/**
 * A Markdown body rendered: the article's {@link Body} (its HTML possibly rendered on first use)
 * and the section headings. Immutable.
 *
 * @param body the Markdown, sanitised HTML and plain text
 * @param headings the headings, in order, with the ids the HTML gives them
 */
public record RenderedMarkdown(Body body, List<Heading> headings) {

  /** Requires the body and copies the headings. */
  public RenderedMarkdown {
    Objects.requireNonNull(body, "body");
    headings = List.copyOf(headings);
  }

  /** The plain text, blocks separated by blank lines. */
  public String text() {
    return body.text();
  }
}
