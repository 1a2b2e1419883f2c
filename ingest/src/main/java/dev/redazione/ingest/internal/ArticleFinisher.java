package dev.redazione.ingest.internal;

import dev.redazione.core.Article;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import java.util.Optional;

/**
 * The last stage shared by both formats: requires a title, assigns the slug, records the source,
 * notes drafts and an empty body, keeps every field within {@link FieldLimits}, attaches the
 * diagnostics and builds the article. Stateless and thread-safe.
 */
final class ArticleFinisher {

  private ArticleFinisher() {}

  /** The article, or empty when it has no title or slug (the reason is in {@code log}). */
  static Optional<Article> finish(
      ArticleDraft draft, SourceFormat format, boolean bodyEmpty, DiagnosticLog log) {
    if (draft.title().filter(title -> !title.isBlank()).isEmpty()) {
      log.error(
          0,
          DiagnosticCode.NO_ARTICLE.code(),
          "no title and no text were found; expected a title and a body");
      return Optional.empty();
    }
    if (!SlugAssigner.assign(draft, log)) {
      log.error(
          0,
          DiagnosticCode.NO_ARTICLE.code(),
          "no slug can be made from the title or the file name; add a `slug` key");
      return Optional.empty();
    }
    // Raw-text extraction reports an empty body at the headline's line; one cause, one diagnostic.
    if (bodyEmpty && !log.has(DiagnosticCode.EMPTY_BODY.code())) {
      log.warning(0, DiagnosticCode.EMPTY_BODY.code(), "the article has a title but no body text");
    }
    if (draft.isDraft()) {
      log.info(
          0,
          DiagnosticCode.DRAFT.code(),
          "the article is a draft (draft: true or published: false); it is not published");
    }
    draft.builder().source(new Source(log.path(), format));
    Article article = FieldLimits.apply(draft.build(), log);
    return Optional.of(article.toBuilder().diagnostics(log.diagnostics()).build());
  }
}
