package dev.redazione.ingest;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Tag;
import dev.redazione.ingest.internal.DecodedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Loads a content folder into an {@link Archive}: every article file under the folder, read in
 * parallel, whatever its format. Dotfiles, editor backups and media files are skipped, and so is
 * whatever {@link ContentTree} refuses (links out of the folder, special files, unreadable
 * subfolders), with a diagnostic; a broken file never stops the others; duplicate slugs get a
 * suffix and a diagnostic; drafts are kept out of the archive.
 *
 * <p>Loading takes two passes: front-matter articles first, then raw-text articles, which get the
 * tags of the first pass that they mention (provenance INFERRED). Instances are immutable and
 * thread-safe.
 */
public final class ContentLoader {

  /** The code of the error that the content folder itself cannot be listed. */
  public static final String CONTENT_FOLDER = "CONTENT_FOLDER";

  private static final ContentLoader INSTANCE = new ContentLoader();

  private ContentLoader() {}

  /** The loader. */
  public static ContentLoader create() {
    return INSTANCE;
  }

  /**
   * Loads every article under a folder.
   *
   * @param contentFolder the content folder
   * @return the archive, the drafts and every diagnostic; a missing folder gives an empty archive
   *     and an error
   */
  public LoadResult load(Path contentFolder) {
    Objects.requireNonNull(contentFolder, "contentFolder");
    String name = String.valueOf(contentFolder.getFileName());
    if (!Files.isDirectory(contentFolder)) {
      return failed(name, "the content folder does not exist or is not a folder");
    }
    ContentTree tree;
    ContentTree.Listing listing;
    try {
      tree = ContentTree.open(contentFolder);
      listing = tree.list(ContentFiles::isCandidate);
    } catch (IOException e) {
      return failed(name, "the content folder cannot be listed (" + ContentTree.reason(e) + ")");
    }
    List<DecodedFile> decoded =
        listing.files().parallelStream().map(file -> ArticleReader.decode(tree, file)).toList();
    List<ReadResult> results =
        new ArrayList<>(
            decoded.parallelStream()
                .filter(file -> !file.isRawText())
                .map(ArticleReader.create()::read)
                .toList());
    ArticleReader rawReader = ArticleReader.create().withKnownTags(tagsOf(results));
    results.addAll(
        decoded.parallelStream().filter(DecodedFile::isRawText).map(rawReader::read).toList());
    return collect(results, listing.diagnostics());
  }

  private static Set<Tag> tagsOf(List<ReadResult> results) {
    Set<Tag> tags = new LinkedHashSet<>();
    results.forEach(result -> result.article().ifPresent(article -> tags.addAll(article.tags())));
    return tags;
  }

  private static LoadResult collect(List<ReadResult> results, List<Diagnostic> skipped) {
    List<Article> published = new ArrayList<>();
    List<Article> drafts = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>(skipped);
    for (ReadResult result : results) {
      result
          .article()
          .ifPresentOrElse(
              article -> (article.draft() ? drafts : published).add(article),
              () -> diagnostics.addAll(result.diagnostics()));
    }
    Archive archive = Archive.of(published);
    archive.articles().forEach(article -> diagnostics.addAll(article.diagnostics()));
    drafts.forEach(article -> diagnostics.addAll(article.diagnostics()));
    drafts.sort(Comparator.comparing(article -> article.source().path()));
    diagnostics.sort(null);
    return new LoadResult(archive, drafts, diagnostics);
  }

  private static LoadResult failed(String path, String message) {
    return new LoadResult(
        Archive.empty(), List.of(), List.of(Diagnostic.error(path, 0, CONTENT_FOLDER, message)));
  }
}
