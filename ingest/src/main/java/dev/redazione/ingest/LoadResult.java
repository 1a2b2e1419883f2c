package dev.redazione.ingest;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import java.util.List;
import java.util.Objects;

/**
 * What loading a content folder produced: the archive of published articles, the drafts kept out of
 * it, the images, and every diagnostic (of articles and their checks, of drafts, of files that gave
 * no article and of images refused), sorted by path and line, each once. Immutable and thread-safe.
 *
 * @param archive the published articles
 * @param drafts articles marked as drafts or unpublished
 * @param diagnostics every diagnostic found
 * @param images the image files of the folder that may be published
 */
public record LoadResult(
    Archive archive, List<Article> drafts, List<Diagnostic> diagnostics, ImageCatalog images) {

  /** Requires every component and copies the lists. */
  public LoadResult {
    Objects.requireNonNull(archive, "archive");
    Objects.requireNonNull(images, "images");
    drafts = List.copyOf(drafts);
    diagnostics = List.copyOf(diagnostics);
  }

  /**
   * Whether the content folder itself could be listed. When it could not (it is missing, is not a
   * folder, or cannot be read), the archive is empty and a {@code CONTENT_FOLDER} error says why.
   */
  public boolean folderListed() {
    return diagnostics.stream().noneMatch(d -> d.code().equals(ContentLoader.CONTENT_FOLDER));
  }
}
