package dev.redazione.core;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How an article was read, for maintainers only: the file it came from, where each field came from,
 * what cleaning removed and the problems found. Kept apart from the published fields of {@link
 * Article} so that nothing meant for readers (pages, feeds, the public API) reaches it by accident.
 * Immutable and thread-safe.
 *
 * @param source the file the article was read from and its detected format
 * @param provenance where each extracted field came from; fields without a value have no entry
 * @param removed lines that cleaning removed from a raw source, in line order
 * @param diagnostics problems found while reading the article
 */
public record ReadReport(
    Source source,
    Map<ArticleField, Provenance> provenance,
    List<RemovedLine> removed,
    List<Diagnostic> diagnostics) {

  /** Requires every component and copies the collections. */
  public ReadReport {
    Objects.requireNonNull(source, "source");
    provenance = provenance.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(provenance));
    removed = List.copyOf(removed);
    diagnostics = List.copyOf(diagnostics);
  }

  /** Where one field came from, when the field has a value. */
  public Optional<Provenance> provenance(ArticleField field) {
    return Optional.ofNullable(provenance.get(field));
  }

  /** This report with other diagnostics. */
  public ReadReport withDiagnostics(List<Diagnostic> diagnostics) {
    return new ReadReport(source, provenance, removed, diagnostics);
  }
}
