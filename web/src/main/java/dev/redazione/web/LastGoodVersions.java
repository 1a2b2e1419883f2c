package dev.redazione.web;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Severity;
import dev.redazione.ingest.LoadResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Merges a fresh load of the content folder with the previous snapshot so that an article with
 * errors is never published as it is: when a file that gave an article without errors now has
 * errors (and so gives a damaged article or none at all) while still present, the previous version
 * is kept; a file with errors that has no good version to fall back on (a new file, or any file at
 * the first load) is held back until it is fixed.
 *
 * @param archive the merged archive
 * @param keptPaths source paths whose previous version was kept
 * @param heldBackPaths source paths with errors and no good version, whose article is not served
 */
record LastGoodVersions(Archive archive, List<String> keptPaths, List<String> heldBackPaths) {

  LastGoodVersions {
    keptPaths = List.copyOf(keptPaths);
    heldBackPaths = List.copyOf(heldBackPaths);
  }

  /**
   * Merges {@code fresh} with {@code previous} ({@link Archive#empty()} at the first load).
   *
   * @param contentFolder the folder both were loaded from, to tell an edited file from a deleted
   *     one
   */
  static LastGoodVersions merge(Archive previous, LoadResult fresh, Path contentFolder) {
    Set<String> pathsWithErrors = new HashSet<>();
    for (Diagnostic diagnostic : fresh.diagnostics()) {
      if (diagnostic.severity() == Severity.ERROR) {
        pathsWithErrors.add(diagnostic.path());
      }
    }
    List<Article> merged = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    Set<String> replaced = new HashSet<>();
    for (Article old : previous.articles()) {
      String path = old.report().source().path();
      if (pathsWithErrors.contains(path)
          && isClean(old)
          && Files.exists(contentFolder.resolve(path))) {
        merged.add(old);
        kept.add(path);
        replaced.add(path);
      }
    }
    List<String> heldBack = new ArrayList<>();
    for (Article article : fresh.archive().articles()) {
      String path = article.report().source().path();
      if (replaced.contains(path)) {
        continue;
      }
      if (isClean(article)) {
        merged.add(article);
      } else {
        heldBack.add(path);
      }
    }
    return kept.isEmpty() && heldBack.isEmpty()
        ? new LastGoodVersions(fresh.archive(), List.of(), List.of())
        : new LastGoodVersions(Archive.of(merged), kept, heldBack);
  }

  private static boolean isClean(Article article) {
    return article.report().diagnostics().stream().noneMatch(d -> d.severity() == Severity.ERROR);
  }
}
