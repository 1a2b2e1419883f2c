package dev.redazione.ingest.internal;

import dev.redazione.core.Diagnostic;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A file after the first stages: its decoded text and detected format, or the diagnostics saying
 * why it has no text. Immutable.
 */
public final class DecodedFile {

  private final String path;
  private final SourceText text;
  private final FrontMatterSyntax syntax;
  private final boolean htmlPage;
  private final List<Diagnostic> diagnostics;

  DecodedFile(
      String path,
      SourceText text,
      FrontMatterSyntax syntax,
      boolean htmlPage,
      List<Diagnostic> diagnostics) {
    this.path = Objects.requireNonNull(path, "path");
    this.text = text;
    this.syntax = syntax;
    this.htmlPage = htmlPage;
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** The file's path relative to the content folder. */
  public String path() {
    return path;
  }

  /** The decoded text, absent for empty and binary files. */
  public Optional<SourceText> text() {
    return Optional.ofNullable(text);
  }

  /** The front-matter syntax, absent for raw text. */
  public Optional<FrontMatterSyntax> syntax() {
    return Optional.ofNullable(syntax);
  }

  /** Whether the file is raw text, whose tags may be inferred from the archive's tags. */
  public boolean isRawText() {
    return text != null && syntax == null && !htmlPage;
  }

  /** Whether the file is a saved HTML page. */
  public boolean isHtmlPage() {
    return htmlPage;
  }

  /** The diagnostics of decoding. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }
}
