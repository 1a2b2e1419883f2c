package dev.redazione.ingest;

import dev.redazione.core.Diagnostic;
import dev.redazione.core.Tag;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a remembering {@link ContentLoader} read at its last load, file by file: the SHA-256 of the
 * file's bytes, its {@link FileStamp}, what reading them gave and what the editorial checks then
 * gave. A file whose bytes are the same as then is not read again; a file whose stamp is the same
 * as then, and was already {@link FileStamp#settledBefore settled} when that load began, is not
 * even opened, since writing it would have changed its stamp; a raw-text file only when the
 * archive's tags, which its inferred tags come from, are the same too. The checks are not run again
 * either when the folder's images (which they look for) are the same. Reading and checking depend
 * on nothing else (no clock, no other file), so a remembered result is exactly what doing it again
 * would give. Files refused or unreadable are never remembered. The memory holds the files of the
 * last load only: a deleted file is forgotten at the next load. Thread-safe: each load replaces the
 * whole memory at its end.
 */
final class RememberedReads {

  /**
   * What reading one file's bytes gave ({@code read}), and checking it ({@code checked}); whether
   * it is a raw text, whose result also depends on the known tags.
   */
  record Remembered(
      byte[] digest, FileStamp stamp, boolean rawText, ReadResult read, ReadResult checked) {

    /** Whether these are the bytes that were read. */
    boolean answers(byte[] digest) {
      return Arrays.equals(this.digest, digest);
    }
  }

  /**
   * What the checks of a load saw of the folder's images: their paths and the diagnostics of those
   * refused.
   */
  record Images(Set<String> paths, List<Diagnostic> diagnostics) {

    Images {
      paths = Set.copyOf(paths);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /**
   * One load's memory: the files by path, and what every raw text and every check of that load
   * depended on (the same for all its files, so compared once per load, not once per file).
   *
   * @param knownTags the tags raw texts could be given; null before any load
   * @param imagesSeen the images the checks saw; null before any load
   * @param started when the load began
   */
  record Load(
      Map<String, Remembered> byPath, Set<Tag> knownTags, Images imagesSeen, Instant started) {

    /**
     * Whether this load remembers the very reads of another (the same results, not equal ones),
     * with the same stamps and what they depended on: nothing new to keep.
     */
    boolean sameReads(Load other) {
      return other.knownTags() != null
          && knownTags.equals(other.knownTags())
          && imagesSeen.equals(other.imagesSeen())
          && byPath.size() == other.byPath().size()
          && byPath.entrySet().stream()
              .allMatch(
                  entry -> {
                    Remembered then = other.byPath().get(entry.getKey());
                    Remembered now = entry.getValue();
                    return then != null
                        && then.read() == now.read()
                        && then.checked() == now.checked()
                        && Objects.equals(then.stamp(), now.stamp());
                  });
    }
  }

  private volatile Load last = new Load(Map.of(), null, null, Instant.MIN);

  /** What the last load read for this path, if it read it. */
  Optional<Remembered> recall(String path) {
    return Optional.ofNullable(last.byPath().get(path));
  }

  /**
   * What the last load read for this path, if the file's stamp proves its bytes are the same: the
   * stamp then is this one, and the file had settled before that load began.
   */
  Optional<Remembered> recallUnchanged(String path, FileStamp stamp) {
    Load load = last;
    return Optional.ofNullable(load.byPath().get(path))
        .filter(read -> stamp.equals(read.stamp()) && stamp.settledBefore(load.started()));
  }

  /** Whether the last load's raw texts were read with these known tags. */
  boolean knewTags(Set<Tag> knownTags) {
    return knownTags.equals(last.knownTags());
  }

  /** Whether the last load's checks saw these images. */
  boolean sawImages(Images imagesSeen) {
    return imagesSeen.equals(last.imagesSeen());
  }

  /**
   * Replaces the memory with the files of a load and what they depended on.
   *
   * @param started when the load began, before it looked at any file
   */
  void replace(
      Map<String, Remembered> reads, Set<Tag> knownTags, Images imagesSeen, Instant started) {
    last = new Load(Map.copyOf(reads), knownTags, imagesSeen, started);
  }

  /** The memory of the last load, to keep it (in a {@link ReadCache}). */
  Load last() {
    return last;
  }

  /** Whether no load has been remembered yet. */
  boolean isEmpty() {
    return last.knownTags() == null;
  }

  /** Takes a kept memory as that of the last load, such as one restored from a cache. */
  void restore(Load load) {
    last = load;
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
