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
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Loads a content folder into an {@link Archive}: every article file under the folder, read in
 * parallel, whatever its format. Dotfiles, editor backups and media files are skipped, and so is
 * whatever {@link ContentTree} refuses (links out of the folder, special files, unreadable
 * subfolders), with a diagnostic; a broken file never stops the others; duplicate slugs get a
 * suffix and a diagnostic; drafts are kept out of the archive.
 *
 * <p>Loading takes two passes: front-matter articles first, then raw-text articles, which get the
 * tags of the first pass that they mention (provenance INFERRED).
 *
 * <p>{@link #create()} gives a loader that reads every file at every load; {@link #remembering()}
 * one that, for a server reloading a folder as it changes, reads again only the files whose bytes
 * changed since its last load (and the raw texts, when the tags they may get changed), and gives
 * the same result as reading everything. Both are thread-safe.
 */
public final class ContentLoader {

  /** The code of the error that the content folder itself cannot be listed. */
  public static final String CONTENT_FOLDER = "CONTENT_FOLDER";

  private static final ContentLoader INSTANCE = new ContentLoader(null);

  /** What the last load read, for a remembering loader; null for one that reads everything. */
  private final RememberedReads memory;

  private ContentLoader(RememberedReads memory) {
    this.memory = memory;
  }

  /** The loader that reads every file at every load. Immutable. */
  public static ContentLoader create() {
    return INSTANCE;
  }

  /**
   * A new loader that remembers what its last load read, so that the next load of the same folder
   * reads again only what changed. Meant for one folder loaded again and again.
   */
  public static ContentLoader remembering() {
    return new ContentLoader(new RememberedReads());
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
    List<ContentFile> files =
        listing.files().parallelStream()
            .map(file -> new ContentFile(ArticleReader.fetch(tree, file), memory))
            .toList();
    ArticleReader reader = ArticleReader.create();
    List<ReadResult> results =
        new ArrayList<>(
            files.parallelStream()
                .filter(file -> !file.isRawText())
                .map(file -> file.read(reader, Set.of()))
                .toList());
    Set<Tag> knownTags = Collections.unmodifiableSet(tagsOf(results));
    ArticleReader rawReader = reader.withKnownTags(knownTags);
    results.addAll(
        files.parallelStream()
            .filter(ContentFile::isRawText)
            .map(file -> file.read(rawReader, knownTags))
            .toList());
    if (memory != null) {
      Map<String, RememberedReads.Remembered> reads = new HashMap<>();
      files.forEach(file -> file.remembered().ifPresent(read -> reads.put(file.path(), read)));
      memory.replace(reads);
    }
    return collect(results, listing.diagnostics());
  }

  /**
   * One file of a load: its bytes, and what the last load read from the same bytes, if the loader
   * remembers. Decoded at most once, when it has to be read. Used by one thread at a time.
   */
  private static final class ContentFile {

    private final ArticleReader.FileBytes fetched;
    private final byte[] digest;
    private final RememberedReads.Remembered before;
    private DecodedFile decoded;
    private RememberedReads.Remembered now;

    ContentFile(ArticleReader.FileBytes fetched, RememberedReads memory) {
      this.fetched = fetched;
      this.decoded = fetched.refusal().orElse(null);
      this.digest =
          memory == null || fetched.bytes() == null
              ? null
              : RememberedReads.digest(fetched.bytes());
      this.before =
          digest == null
              ? null
              : memory.recall(fetched.path()).filter(read -> read.answers(digest)).orElse(null);
    }

    String path() {
      return fetched.path();
    }

    boolean isRawText() {
      return before != null ? before.rawText() : decoded().isRawText();
    }

    /** Reads the file, or recalls what reading the same bytes with the same known tags gave. */
    ReadResult read(ArticleReader reader, Set<Tag> knownTags) {
      boolean rawText = isRawText();
      ReadResult result =
          before != null && (!rawText || before.answers(digest, knownTags))
              ? before.result()
              : reader.read(decoded());
      if (digest != null) {
        now =
            new RememberedReads.Remembered(digest, rawText, rawText ? knownTags : Set.of(), result);
      }
      return result;
    }

    Optional<RememberedReads.Remembered> remembered() {
      return Optional.ofNullable(now);
    }

    private DecodedFile decoded() {
      if (decoded == null) {
        decoded = ArticleReader.decode(fetched.path(), fetched.bytes());
      }
      return decoded;
    }
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
