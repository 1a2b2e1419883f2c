package dev.redazione.ingest;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Tag;
import dev.redazione.ingest.internal.ArticleChecks;
import dev.redazione.ingest.internal.DecodedFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * Loads a content folder into an {@link Archive}: every article file under the folder, read in
 * parallel, whatever its format. Dotfiles, editor backups and media files are skipped, and so is
 * whatever {@link ContentTree} refuses (links out of the folder, special files, unreadable
 * subfolders), with a diagnostic; a broken file never stops the others; duplicate slugs get a
 * suffix and a diagnostic; drafts are kept out of the archive.
 *
 * <p>Loading takes two passes: front-matter articles first, then raw-text articles, which get the
 * tags of the first pass that they mention (provenance INFERRED). The folder's images are listed
 * ({@link ImageCatalog}) and every article then goes through the editorial checks (missing images,
 * short or empty bodies, undated articles, derived or long titles, leftover furniture), so whoever
 * loads a folder (the server, {@code validate}, {@code build}, {@code inspect}) sees the same
 * diagnostics.
 *
 * <p>{@link #create()} gives a loader that reads every file at every load; {@link #remembering()}
 * one that, for a server reloading a folder as it changes, parses again only the files whose bytes
 * changed since its last load (and the raw texts, when the tags they may get changed), and gives
 * the same result as reading everything; {@link #remembering(ReadCache)} one that also keeps what
 * it read in a {@link ReadCache}, so that a new process starts from what the last one read. All are
 * thread-safe.
 */
public final class ContentLoader {

  /** The code of the error that the content folder itself cannot be listed. */
  public static final String CONTENT_FOLDER = DiagnosticCode.CONTENT_FOLDER.code();

  private static final ContentLoader INSTANCE = new ContentLoader(null, null);

  /** What the last load read, for a remembering loader; null for one that reads everything. */
  private final RememberedReads memory;

  /** Where the memory is kept across processes; null when it is not. */
  private final ReadCache cache;

  private ContentLoader(RememberedReads memory, ReadCache cache) {
    this.memory = memory;
    this.cache = cache;
  }

  /** The loader that reads every file at every load. Immutable. */
  public static ContentLoader create() {
    return INSTANCE;
  }

  /**
   * A new loader that remembers what its last load read, so that the next load of the same folder
   * parses again only what changed. Meant for one folder loaded again and again.
   */
  public static ContentLoader remembering() {
    return new ContentLoader(new RememberedReads(), null);
  }

  /**
   * A new remembering loader that also keeps what it read in a cache: its first load starts from
   * what the cache kept of the same folder (when the cache was written by this very code and is
   * intact; else it reads everything), and a load that read anything new writes the cache again, in
   * the background ({@link ReadCache#flush()} waits for it). Its results are the same as reading
   * every file.
   */
  public static ContentLoader remembering(ReadCache cache) {
    return new ContentLoader(new RememberedReads(), Objects.requireNonNull(cache, "cache"));
  }

  /**
   * Loads every article under a folder.
   *
   * @param contentFolder the content folder
   * @return the archive, the drafts, the images and every diagnostic; a missing folder gives an
   *     empty archive and an error
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
    Instant started = Instant.now();
    String cacheKey = cache != null && cache.usableFor(tree) ? tree.realRoot().toString() : null;
    RememberedReads.Load previous = null;
    if (cacheKey != null) {
      if (memory.isEmpty()) {
        cache.restore(cacheKey).ifPresent(memory::restore);
      }
      previous = memory.last();
    }
    ImageCatalog images = images(contentFolder);
    ArticleChecks checks = new ArticleChecks(tree, images);
    RememberedReads.Images imagesSeen =
        new RememberedReads.Images(images.paths(), images.diagnostics());
    boolean sameImages = memory != null && memory.sawImages(imagesSeen);
    List<ContentFile> files =
        listing.files().parallelStream().map(file -> new ContentFile(tree, file, memory)).toList();
    Reads reads =
        read(files, Set.of(), memory, (file, read) -> file.check(read, checks, sameImages));
    List<ReadResult> checked = reads.results();
    if (memory != null) {
      Map<String, RememberedReads.Remembered> remembered = new HashMap<>();
      files.forEach(file -> file.remembered().ifPresent(read -> remembered.put(file.path(), read)));
      memory.replace(remembered, reads.knownTags(), imagesSeen, started);
      if (cacheKey != null && !memory.last().sameReads(previous)) {
        cache.saveLater(cacheKey, memory.last());
      }
    }
    List<Diagnostic> skipped = new ArrayList<>(listing.diagnostics());
    skipped.addAll(images.diagnostics());
    return collect(checked, skipped, images);
  }

  /** The images of the folder; none when it cannot be listed, which the article listing reports. */
  private static ImageCatalog images(Path contentFolder) {
    try {
      return ImageCatalog.scan(contentFolder);
    } catch (UncheckedIOException unlistable) {
      return ImageCatalog.empty();
    }
  }

  /**
   * Reads files named one by one, such as those given to {@code import}, the way {@link #load}
   * reads a folder: raw texts get the tags they mention among the known ones and those of the other
   * files. A symbolic link is followed (the user chose the file), and each file is read as the only
   * file of its folder. No editorial checks run: the files are not in a content folder yet.
   *
   * @param files the files; those that are not regular files are left out of the result
   * @param knownTags tags to infer besides those of the files, such as a target folder's
   * @return each file's result, in the order of {@code files}
   */
  public Map<Path, ReadResult> readFiles(List<Path> files, Collection<Tag> knownTags) {
    List<Path> existing = files.stream().distinct().filter(Files::isRegularFile).toList();
    List<ContentFile> named =
        existing.parallelStream().map(file -> new ContentFile(decodeNamed(file))).toList();
    List<ReadResult> results = read(named, knownTags, null, (file, read) -> read).results();
    Map<Path, ReadResult> byFile = new LinkedHashMap<>();
    for (int i = 0; i < existing.size(); i++) {
      byFile.put(existing.get(i), results.get(i));
    }
    return byFile;
  }

  private static DecodedFile decodeNamed(Path file) {
    Path absolute = file.toAbsolutePath();
    Path real;
    try {
      real = absolute.toRealPath();
    } catch (IOException unreadable) {
      real = absolute;
    }
    return ArticleReader.decode(real.getParent(), real);
  }

  /**
   * The two passes of reading: every file but raw texts first, then raw texts, which get the tags
   * they mention among the known ones and those of the first pass (provenance INFERRED). Each
   * file's result goes through {@code then} (the checks) as soon as it is read, on the same thread,
   * so that its bytes and text are dropped while they are still young.
   *
   * @param then what follows the reading of a file; it keeps the article's tags
   * @return the results in the order of {@code files}
   */
  private static Reads read(
      List<ContentFile> files,
      Collection<Tag> knownTags,
      RememberedReads memory,
      BiFunction<ContentFile, ReadResult, ReadResult> then) {
    ReadResult[] results = new ReadResult[files.size()];
    ArticleReader plain = ArticleReader.create();
    IntStream.range(0, results.length)
        .parallel()
        .filter(i -> !files.get(i).isRawText())
        .forEach(i -> results[i] = then.apply(files.get(i), files.get(i).read(plain, true)));
    Set<Tag> known = new LinkedHashSet<>(knownTags);
    for (ReadResult result : results) {
      if (result != null) {
        result.article().ifPresent(article -> known.addAll(article.tags()));
      }
    }
    Set<Tag> inferable = Collections.unmodifiableSet(known);
    boolean sameTags = memory != null && memory.knewTags(inferable);
    ArticleReader raw = known.isEmpty() ? plain : plain.withKnownTags(known);
    IntStream.range(0, results.length)
        .parallel()
        .filter(i -> files.get(i).isRawText())
        .forEach(i -> results[i] = then.apply(files.get(i), files.get(i).read(raw, sameTags)));
    return new Reads(Arrays.asList(results), inferable);
  }

  /** The results of reading, in the order of the files, and the tags raw texts could be given. */
  private record Reads(List<ReadResult> results, Set<Tag> knownTags) {}

  /**
   * One file of a load: its bytes, and what the last load read and checked from the same bytes, if
   * the loader remembers. Fetched and decoded at most once, when it has to be read (up front when
   * the loader remembers, to compare the bytes), and let go once checked. Used by one thread at a
   * time: read, then checked.
   */
  private static final class ContentFile {

    private final String path;
    private final ContentTree tree;
    private final Path file;
    private final FileStamp stamp;
    private byte[] bytes;
    private byte[] digest;
    private RememberedReads.Remembered before;
    private DecodedFile decoded;
    private Boolean isRawText;
    private boolean rawText;
    private boolean recalled;
    private RememberedReads.Remembered now;

    /**
     * A file of a content folder, compared with what {@code memory} (if any) remembers of it: by
     * its stamp when that proves it unchanged, without opening it, else by its bytes.
     */
    ContentFile(ContentTree tree, Path file, RememberedReads memory) {
      this.path = tree.relativePath(file);
      this.tree = tree;
      this.file = file;
      this.stamp = memory == null ? null : stamp(tree, file);
      this.before = stamp == null ? null : memory.recallUnchanged(path, stamp).orElse(null);
      if (before != null) {
        this.digest = before.digest();
        return;
      }
      if (memory == null) {
        return; // fetched when decoded
      }
      fetch();
      this.digest = bytes == null ? null : RememberedReads.digest(bytes);
      this.before =
          digest == null
              ? null
              : memory.recall(path).filter(read -> read.answers(digest)).orElse(null);
    }

    /** The file's stamp, or null when it cannot be taken (reading it will say why). */
    private static FileStamp stamp(ContentTree tree, Path file) {
      try {
        return tree.stamp(file);
      } catch (IOException e) {
        return null;
      }
    }

    private void fetch() {
      ArticleReader.FileBytes fetched = ArticleReader.fetch(tree, file);
      this.bytes = fetched.bytes();
      this.decoded = fetched.refusal().orElse(null);
    }

    /** A file already decoded, never remembered. */
    ContentFile(DecodedFile decoded) {
      this.path = decoded.path();
      this.tree = null;
      this.file = null;
      this.stamp = null;
      this.decoded = decoded;
    }

    String path() {
      return path;
    }

    /** Whether the file is a raw text; found once, as the file is let go after its check. */
    boolean isRawText() {
      if (isRawText == null) {
        isRawText = before != null ? before.rawText() : decoded().isRawText();
      }
      return isRawText;
    }

    /**
     * Reads the file, or recalls what reading the same bytes gave; a raw text only when {@code
     * sameTags}, the tags it may be given being those of the last load.
     */
    ReadResult read(ArticleReader reader, boolean sameTags) {
      rawText = isRawText();
      recalled = before != null && (!rawText || sameTags);
      return recalled ? before.read() : reader.read(decoded());
    }

    /**
     * Runs the editorial checks on what {@link #read} gave, or recalls their result when the read
     * was recalled and the folder's images are the same as then ({@code sameImages}).
     */
    ReadResult check(ReadResult read, ArticleChecks checks, boolean sameImages) {
      ReadResult checked =
          recalled && sameImages
              ? before.checked()
              : read.article()
                  .map(article -> check(article, checks))
                  .map(ReadResult::of)
                  .orElse(read);
      if (digest != null) {
        now = new RememberedReads.Remembered(digest, stamp, rawText, read, checked);
      }
      bytes = null;
      decoded = null;
      return checked;
    }

    /** The checked article; its lines are those of the bytes read, when this load read them. */
    private Article check(Article article, ArticleChecks checks) {
      return bytes == null ? checks.check(article) : checks.check(article, bytes);
    }

    Optional<RememberedReads.Remembered> remembered() {
      return Optional.ofNullable(now);
    }

    private DecodedFile decoded() {
      if (decoded == null && bytes == null) {
        fetch();
      }
      if (decoded == null) {
        decoded = ArticleReader.decode(path, bytes);
      }
      return decoded;
    }
  }

  private static LoadResult collect(
      List<ReadResult> results, List<Diagnostic> skipped, ImageCatalog images) {
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
    archive.articles().forEach(article -> diagnostics.addAll(article.report().diagnostics()));
    drafts.forEach(article -> diagnostics.addAll(article.report().diagnostics()));
    drafts.sort(Comparator.comparing(article -> article.report().source().path()));
    return new LoadResult(
        archive, drafts, diagnostics.stream().distinct().sorted().toList(), images);
  }

  private static LoadResult failed(String path, String message) {
    return new LoadResult(
        Archive.empty(),
        List.of(),
        List.of(Diagnostic.error(path, 0, CONTENT_FOLDER, message)),
        ImageCatalog.empty());
  }
}
