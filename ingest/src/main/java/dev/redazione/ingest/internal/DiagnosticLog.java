package dev.redazione.ingest.internal;

import dev.redazione.core.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Collects the diagnostics of one file, in the order found. Mutable; confined to one read. */
public final class DiagnosticLog {

  private final String path;
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** A log for the file at {@code path} (relative to the content folder). */
  public DiagnosticLog(String path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  /** The file's path. */
  public String path() {
    return path;
  }

  /** Records an error at a 1-based line (0 for the whole file). */
  public void error(int line, String code, String message) {
    diagnostics.add(Diagnostic.error(path, line, code, message));
  }

  /** Records a warning at a 1-based line (0 for the whole file). */
  public void warning(int line, String code, String message) {
    diagnostics.add(Diagnostic.warning(path, line, code, message));
  }

  /** Records information at a 1-based line (0 for the whole file). */
  public void info(int line, String code, String message) {
    diagnostics.add(Diagnostic.info(path, line, code, message));
  }

  /** Records diagnostics found by another component. */
  public void addAll(List<Diagnostic> found) {
    diagnostics.addAll(found);
  }

  /** Whether a diagnostic with this code was recorded. */
  public boolean has(String code) {
    return diagnostics.stream().anyMatch(d -> d.code().equals(code));
  }

  /** A snapshot of the diagnostics so far. */
  public List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }
}
