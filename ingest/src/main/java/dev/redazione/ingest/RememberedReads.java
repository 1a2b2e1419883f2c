package dev.redazione.ingest;

import dev.redazione.core.Tag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a remembering {@link ContentLoader} read at its last load, file by file: the SHA-256 of the
 * file's bytes, what reading them gave and what the editorial checks then gave. A file whose bytes
 * are the same as then is not read again; a raw-text file only when the archive's tags, which its
 * inferred tags come from, are the same too. The checks are not run again either when the folder's
 * images (which they look for) are the same. Reading and checking depend on nothing else (no clock,
 * no other file), so a remembered result is exactly what doing it again would give. Files refused
 * or unreadable are never remembered. The memory holds the files of the last load only: a deleted
 * file is forgotten at the next load. Thread-safe: each load replaces the whole memory at its end.
 */
final class RememberedReads {

  /**
   * What reading one file's bytes gave ({@code read}), and checking it ({@code checked}), with what
   * each depended on: the tags a raw text could be given, and the images the checks saw.
   */
  record Remembered(
      byte[] digest,
      boolean rawText,
      Set<Tag> knownTags,
      ReadResult read,
      List<Object> imagesSeen,
      ReadResult checked) {

    /**
     * Whether this is what reading {@code digest} would give now, for a front-matter or HTML file.
     */
    boolean answers(byte[] digest) {
      return Arrays.equals(this.digest, digest);
    }

    /** Whether this is what reading {@code digest} would give now, for a raw text. */
    boolean answers(byte[] digest, Set<Tag> knownTags) {
      return answers(digest) && this.knownTags.equals(knownTags);
    }
  }

  private volatile Map<String, Remembered> byPath = Map.of();

  /** What the last load read for this path, if it read it. */
  Optional<Remembered> recall(String path) {
    return Optional.ofNullable(byPath.get(path));
  }

  /** Replaces the memory with the files of a load. */
  void replace(Map<String, Remembered> reads) {
    byPath = Map.copyOf(reads);
  }

  /** The SHA-256 digest of a file's bytes. */
  static byte[] digest(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
