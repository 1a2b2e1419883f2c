package dev.redazione.cli;

import dev.redazione.core.Diagnostic;
import dev.redazione.core.Severity;
import dev.redazione.ingest.LoadResult;
import java.util.List;

/**
 * Everything {@code validate} found in a content folder: the diagnostics of loading it (which
 * include the editorial checks, the images refused and a note for each draft), sorted by file and
 * line.
 *
 * @param articles published articles checked
 * @param drafts drafts checked
 * @param diagnostics every diagnostic, sorted by path, line and severity, without repeats
 */
record ValidationReport(int articles, int drafts, List<Diagnostic> diagnostics) {

  ValidationReport {
    diagnostics = List.copyOf(diagnostics);
  }

  /** The report of a loaded folder. */
  static ValidationReport of(LoadResult load) {
    return new ValidationReport(load.archive().size(), load.drafts().size(), load.diagnostics());
  }

  /** Diagnostics of this severity. */
  long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** Whether the content fails: any error, or with {@code strict} any warning too. */
  boolean fails(boolean strict) {
    return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
  }

  /** The closing line, such as {@code 5 articles, 0 drafts: 1 error, 3 warnings, 0 notes}. */
  String summary() {
    return plural(articles, "article")
        + ", "
        + plural(drafts, "draft")
        + ": "
        + plural(count(Severity.ERROR), "error")
        + ", "
        + plural(count(Severity.WARNING), "warning")
        + ", "
        + plural(count(Severity.INFO), "note");
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
