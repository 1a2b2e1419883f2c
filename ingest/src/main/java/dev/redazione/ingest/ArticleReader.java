package dev.redazione.ingest;

import dev.redazione.core.Tag;
import dev.redazione.ingest.internal.ArticlePipeline;
import dev.redazione.ingest.internal.DecodedFile;
import dev.redazione.ingest.internal.TagInference;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one file into an {@link dev.redazione.core.Article}: decodes the bytes, detects the format
 * from the content (front-matter Markdown in YAML, TOML or JSON, or raw text), maps the fields,
 * renders and sanitises the body. Bad content never throws: it gives diagnostics, and an article
 * whenever a title and a body can be recovered.
 *
 * <p>Raw-text articles get the tags they mention among the known tags given by {@link
 * #withKnownTags}. Instances are immutable and thread-safe.
 *
 * @see ContentLoader
 */
public final class ArticleReader {

  private static final ArticlePipeline PIPELINE = new ArticlePipeline();
  private static final ArticleReader DEFAULT = new ArticleReader(TagInference.none());

  private final TagInference inference;

  private ArticleReader(TagInference inference) {
    this.inference = inference;
  }

  /** A reader that knows no tags. */
  public static ArticleReader create() {
    return DEFAULT;
  }

  /** A reader that assigns raw-text articles the known tags they mention (provenance INFERRED). */
  public ArticleReader withKnownTags(Collection<Tag> knownTags) {
    return new ArticleReader(TagInference.of(List.copyOf(knownTags)));
  }

  /**
   * Reads a file of a content folder.
   *
   * @param contentRoot the content folder, which paths in diagnostics are relative to
   * @param file a file inside {@code contentRoot}; when it resolves outside it (a symbolic link
   *     out) or is not a regular file, it is not read and the result says so
   * @throws IllegalArgumentException if {@code file} is not inside {@code contentRoot}
   */
  public ReadResult read(Path contentRoot, Path file) {
    return read(decode(contentRoot, file));
  }

  /** Decodes a file of a content folder; see {@link #read(Path, Path)}. */
  static DecodedFile decode(Path contentRoot, Path file) {
    String path = ContentFiles.relativePath(contentRoot, file);
    ContentTree tree;
    try {
      tree = ContentTree.open(contentRoot);
    } catch (IOException e) {
      return PIPELINE.unreadable(path, ContentTree.reason(e));
    }
    return decode(tree, file);
  }

  /**
   * Reads the bytes of a file.
   *
   * @param relativePath the file's path relative to the content folder, used in diagnostics
   */
  public ReadResult read(String relativePath, byte[] bytes) {
    Objects.requireNonNull(relativePath, "relativePath");
    Objects.requireNonNull(bytes, "bytes");
    if (relativePath.isBlank()) {
      throw new IllegalArgumentException(
          "relativePath is blank; expected the file's path in the content folder");
    }
    return PIPELINE.assemble(PIPELINE.decode(relativePath.replace('\\', '/'), bytes), inference);
  }

  /** Reads a file {@link ContentLoader} has already decoded. */
  ReadResult read(DecodedFile file) {
    return PIPELINE.assemble(file, inference);
  }

  /**
   * Decodes a file of a content folder, for {@link ContentLoader}: a file that resolves outside the
   * folder, or is no longer a regular file, is not read.
   */
  static DecodedFile decode(ContentTree tree, Path file) {
    FileBytes fetched = fetch(tree, file);
    return fetched.refusal().orElseGet(() -> decode(fetched.path(), fetched.bytes()));
  }

  /**
   * The bytes of a file of a content folder, or the decoded file saying why it has none (it
   * resolves outside the folder, is no longer a regular file, or cannot be read).
   */
  static FileBytes fetch(ContentTree tree, Path file) {
    String path = tree.relativePath(file);
    try {
      return new FileBytes(path, tree.read(file), null);
    } catch (ContentTree.RefusedFileException e) {
      return new FileBytes(path, null, PIPELINE.skipped(path, e.diagnostic(path)));
    } catch (IOException e) {
      return new FileBytes(path, null, PIPELINE.unreadable(path, ContentTree.reason(e)));
    }
  }

  /** Decodes the bytes of a file of a content folder. */
  static DecodedFile decode(String path, byte[] bytes) {
    return PIPELINE.decode(path, bytes);
  }

  /**
   * A file's path and either its bytes or, when it could not be read, the decoded file saying why.
   */
  record FileBytes(String path, byte[] bytes, DecodedFile refused) {

    Optional<DecodedFile> refusal() {
      return Optional.ofNullable(refused);
    }
  }
}
