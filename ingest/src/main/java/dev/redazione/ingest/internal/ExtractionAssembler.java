package dev.redazione.ingest.internal;

import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import dev.redazione.extract.Extraction;
import dev.redazione.ingest.internal.markdown.RenderedMarkdown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Builds an article from what an extractor read out of raw text or a saved HTML page: maps each
 * field with its provenance, renders the body Markdown like any body (so it is sanitised the same
 * way) and adds the known tags the text mentions (provenance INFERRED) to those the source gives.
 * Thread-safe.
 */
final class ExtractionAssembler {

  private final BodyRenderer bodyRenderer;

  ExtractionAssembler(BodyRenderer bodyRenderer) {
    this.bodyRenderer = bodyRenderer;
  }

  /**
   * The article, or empty when the source has no title and no text (the reason is in {@code log}).
   */
  Optional<Article> assemble(
      Extraction extraction, SourceFormat format, TagInference inference, DiagnosticLog log) {
    log.addAll(extraction.diagnostics());
    ArticleDraft draft = new ArticleDraft();
    Article.Builder builder = draft.builder();
    extraction.title().ifPresent(t -> draft.title(t.value(), t.provenance()));
    extraction
        .subtitle()
        .ifPresent(
            s -> builder.subtitle(s.value()).provenance(ArticleField.SUBTITLE, s.provenance()));
    extraction.date().ifPresent(d -> draft.date(d.value(), d.provenance()));
    extraction
        .updated()
        .ifPresent(
            u -> builder.updated(u.value()).provenance(ArticleField.UPDATED, u.provenance()));
    if (!extraction.authors().isEmpty()) {
      builder.authors(extraction.authors());
      extraction.authorsProvenance().ifPresent(p -> builder.provenance(ArticleField.AUTHORS, p));
    }
    extraction
        .image()
        .ifPresent(i -> builder.image(i.value()).provenance(ArticleField.IMAGE, i.provenance()));
    extraction.language().ifPresent(builder::language);
    builder.removed(extraction.removed());
    RenderedMarkdown body = bodyRenderer.render(extraction.bodyMarkdown(), 0, draft, log);
    assignTags(
        extraction,
        inference.mentionedIn(draft.title().orElse("") + "\n" + body.text()),
        builder,
        log);
    return ArticleFinisher.finish(draft, format, body.text().isBlank(), log);
  }

  private static void assignTags(
      Extraction extraction, List<Tag> inferred, Article.Builder builder, DiagnosticLog log) {
    List<Tag> tags = new ArrayList<>(extraction.tags());
    List<Tag> added = inferred.stream().filter(tag -> !tags.contains(tag)).toList();
    tags.addAll(added);
    if (tags.isEmpty()) {
      return;
    }
    builder.tags(tags);
    Optional<Provenance> given =
        extraction.tags().isEmpty() ? Optional.empty() : extraction.tagsProvenance();
    builder.provenance(ArticleField.TAGS, given.orElse(Provenance.of(Origin.INFERRED)));
    if (!added.isEmpty()) {
      log.info(
          0,
          DiagnosticCode.INFERRED_TAGS.code(),
          "tags inferred from archive tags the text mentions: "
              + added.stream().map(Tag::name).collect(Collectors.joining(", ")));
    }
  }
}
