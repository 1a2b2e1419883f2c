package dev.redazione.ingest.internal;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.ingest.internal.markdown.MarkdownPreprocessor;
import dev.redazione.ingest.internal.markdown.MarkdownRenderer;
import dev.redazione.ingest.internal.markdown.PreparedMarkdown;
import dev.redazione.ingest.internal.markdown.RenderedMarkdown;

/**
 * Turns a Markdown body into the article's {@link dev.redazione.core.Body} and headings, and takes
 * the summary from a {@code <!--more-->} break when the source gave none. Thread-safe.
 */
public final class BodyRenderer {

  private final MarkdownPreprocessor preprocessor = new MarkdownPreprocessor();
  private final MarkdownRenderer renderer = new MarkdownRenderer();

  /**
   * Prepares and renders a body into the draft, returning the rendering.
   *
   * @param markdown the body as written in the file
   * @param firstLine the file line of the body's first line
   */
  public RenderedMarkdown render(
      String markdown, int firstLine, ArticleDraft draft, DiagnosticLog log) {
    PreparedMarkdown prepared = preprocessor.prepare(markdown, firstLine, log);
    RenderedMarkdown rendered = renderer.render(prepared.markdown(), prepared.firstLine(), log);
    draft.builder().body(rendered.body()).headings(rendered.headings());
    if (!draft.hasSummary() && !prepared.summaryMarkdown().isBlank()) {
      String summary = renderer.plainText(prepared.summaryMarkdown());
      if (!summary.isBlank()) {
        draft.summary(summary, new Provenance(Origin.DERIVED, prepared.summaryLine()));
      }
    }
    return rendered;
  }

  /** The plain text of a Markdown fragment. */
  public String plainText(String markdown) {
    return renderer.plainText(markdown);
  }
}
