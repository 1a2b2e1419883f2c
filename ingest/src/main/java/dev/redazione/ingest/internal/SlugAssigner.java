package dev.redazione.ingest.internal;

import dev.redazione.core.ArticleField;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.Slug;
import java.util.Optional;

/**
 * Gives a draft its slug: from the source's path, slug or permalink when it makes a valid slug,
 * else from the title, else from the file name. Stateless and thread-safe.
 */
final class SlugAssigner {

  private SlugAssigner() {}

  /** Sets the slug; returns false when neither the source nor the title can make one. */
  static boolean assign(ArticleDraft draft, DiagnosticLog log) {
    Optional<String> given = draft.slugText();
    if (given.isPresent()) {
      if (Slug.canMake(given.get())) {
        draft
            .builder()
            .slug(Slug.of(given.get()))
            .provenance(ArticleField.SLUG, draft.slugProvenance().orElseThrow());
        return true;
      }
      log.warning(
          draft.slugProvenance().map(Provenance::lineNumber).orElse(0),
          DiagnosticCode.INVALID_SLUG.code(),
          "the slug `" + given.get() + "` has no letter or digit; the slug is made from the title");
    }
    Optional<String> title = draft.title().filter(Slug::canMake);
    if (title.isPresent()) {
      draft
          .builder()
          .slug(Slug.of(title.get()))
          .provenance(ArticleField.SLUG, Provenance.of(Origin.DERIVED));
      return true;
    }
    String name =
        log.path().substring(log.path().lastIndexOf('/') + 1).replaceFirst("\\.[^.]*$", "");
    if (!Slug.canMake(name)) {
      return false;
    }
    draft
        .builder()
        .slug(Slug.of(name))
        .provenance(ArticleField.SLUG, Provenance.of(Origin.FILENAME));
    return true;
  }
}
