package dev.redazione.ingest.internal;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import dev.redazione.extract.html.HtmlExtraction;
import dev.redazione.extract.html.HtmlPageExtractor;
import dev.redazione.ingest.internal.markdown.RenderedMarkdown;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds an article from a saved HTML page: the {@link HtmlPageExtractor} reads the metadata and
 * writes the main content as Markdown; this stage renders that Markdown like any body (so it is
 * sanitised the same way) and adds the known tags the page mentions (provenance INFERRED).
 * Thread-safe.
 */
final class HtmlArticleAssembler {

  private final HtmlPageExtractor extractor = HtmlPageExtractor.create();
  private final BodyRenderer bodyRenderer;

  HtmlArticleAssembler(BodyRenderer bodyRenderer) {
    this.bodyRenderer = bodyRenderer;
  }

  /**
   * The article, or empty when the page has no title and no text (the reason is in {@code log}).
   */
  Optional<Article> assemble(SourceText source, TagInference inference, DiagnosticLog log) {
    HtmlExtraction extraction = extractor.extract(source.path(), source.text());
    log.addAll(extraction.diagnostics());
    ArticleDraft draft = new ArticleDraft();
    Article.Builder builder = draft.builder();
    extraction.title().ifPresent(t -> draft.title(t.value(), t.provenance()));
    extraction.date().ifPresent(d -> draft.date(d.value(), d.provenance()));
    extraction
        .updated()
        .ifPresent(
            u -> builder.updated(u.value()).provenance(ArticleField.UPDATED, u.provenance()));
    if (!extraction.authors().isEmpty()) {
      builder.authors(extraction.authors());
      extraction.authorsProvenance().ifPresent(p -> builder.provenance(ArticleField.AUTHORS, p));
    }
    extraction.language().ifPresent(builder::language);
    builder.removed(extraction.removed());
    RenderedMarkdown body = bodyRenderer.render(extraction.bodyMarkdown(), 0, draft, log);
    List<Tag> tags = inference.mentionedIn(draft.title().orElse("") + "\n" + body.text());
    if (!tags.isEmpty()) {
      builder.tags(tags).provenance(ArticleField.TAGS, Provenance.of(Origin.INFERRED));
      log.info(
          0,
          "INFERRED_TAGS",
          "tags inferred from archive tags the page mentions: "
              + tags.stream().map(Tag::name).collect(Collectors.joining(", ")));
    }
    return ArticleFinisher.finish(draft, SourceFormat.HTML_PAGE, body.text().isBlank(), log);
  }
}
