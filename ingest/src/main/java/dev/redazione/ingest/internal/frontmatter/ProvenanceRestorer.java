package dev.redazione.ingest.internal.frontmatter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redazione.core.ArticleField;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Origin;
import dev.redazione.ingest.internal.ArticleDraft;
import dev.redazione.ingest.internal.frontmatter.FrontMatterValues.Entry;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code provenance} key that canonical Markdown writes ({@code title: DERIVED}), so an
 * imported raw article keeps saying where its fields first came from: a derived title stays
 * derived. Mutable; confined to one read.
 */
final class ProvenanceRestorer {

  private final FrontMatterValues values;

  ProvenanceRestorer(FrontMatterValues values) {
    this.values = values;
  }

  void restore(ArticleDraft draft) {
    Optional<Entry> found = values.first(FrontMatterKeys.PROVENANCE);
    if (found.isEmpty()) {
      return;
    }
    Entry entry = found.get();
    if (!entry.value().isObject()) {
      return;
    }
    values.consume(entry);
    for (Map.Entry<String, JsonNode> field : entry.value().properties()) {
      Optional<ArticleField> articleField = enumValue(ArticleField.class, field.getKey());
      Optional<Origin> origin = enumValue(Origin.class, field.getValue().asText());
      if (articleField.isPresent() && origin.isPresent()) {
        draft.restoreOrigin(articleField.get(), origin.get());
      } else {
        values
            .log()
            .warning(
                entry.line(),
                DiagnosticCode.INVALID_PROVENANCE.code(),
                "`provenance` has `"
                    + field.getKey()
                    + ": "
                    + field.getValue().asText()
                    + "`; expected a field name and an origin such as `title: DERIVED`; it was ignored");
      }
    }
  }

  private static <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String name) {
    try {
      return Optional.of(Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
