package dev.redazione.ingest;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * What reading one file produced: the article when one could be recovered (its own diagnostics
 * included), and the diagnostics of the file. Immutable and thread-safe.
 */
public final class ReadResult {

  private final Article article;
  private final List<Diagnostic> diagnostics;

  private ReadResult(Article article, List<Diagnostic> diagnostics) {
    this.article = article;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A file that gave an article; the diagnostics are the article's. */
  public static ReadResult of(Article article) {
    return new ReadResult(article, article.report().diagnostics());
  }

  /** A file that gave no article, with the diagnostics that say why. */
  public static ReadResult failed(List<Diagnostic> diagnostics) {
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a failed read needs at least one diagnostic saying why");
    }
    return new ReadResult(null, diagnostics);
  }

  /** The article, when one could be recovered. */
  public Optional<Article> article() {
    return Optional.ofNullable(article);
  }

  /** Every diagnostic of the file. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
