package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Severity;
import dev.redazione.ingest.LoadResult;
import dev.redazione.site.ImageCatalog;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything {@code validate} found in a content folder: the ingest diagnostics (which note each
 * draft), the images the {@link ImageCatalog} refused, and the editorial checks of {@link
 * ArticleChecks}, sorted by file and line.
 *
 * @param articles published articles checked
 * @param drafts drafts checked
 * @param diagnostics every diagnostic, sorted by path, line and severity, without repeats
 */
record ValidationReport(int articles, int drafts, List<Diagnostic> diagnostics) {

  ValidationReport {
    diagnostics = List.copyOf(diagnostics);
  }

  /** Checks a loaded folder. */
  static ValidationReport of(LoadResult load, Path contentFolder) {
    ImageCatalog images = images(contentFolder);
    ArticleChecks checks = new ArticleChecks(contentFolder, images);
    Set<Diagnostic> found = new LinkedHashSet<>(load.diagnostics());
    found.addAll(images.diagnostics());
    for (Article article : load.archive().articles()) {
      found.addAll(checks.check(article));
    }
    for (Article draft : load.drafts()) {
      found.addAll(checks.check(draft));
    }
    List<Diagnostic> sorted = new ArrayList<>(found);
    sorted.sort(null);
    return new ValidationReport(load.archive().size(), load.drafts().size(), sorted);
  }

  /** The images of the folder; none when it cannot be listed, which the load reports. */
  private static ImageCatalog images(Path contentFolder) {
    try {
      return ImageCatalog.scan(contentFolder);
    } catch (UncheckedIOException unlistable) {
      return ImageCatalog.empty();
    }
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
