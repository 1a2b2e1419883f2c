package dev.redazione.ingest;

import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

/**
 * What the file system says of a file without reading it: size, modification and status-change
 * times, identity (inode). Writing a file, or replacing it by another, changes its stamp; the
 * status-change time cannot be set back by tools, unlike the modification time. Immutable.
 *
 * @param size the size in bytes
 * @param modified the modification time
 * @param changed the status-change time, or null where the file system has none
 * @param fileKey the file's identity as text (device and inode), or null where the file system has
 *     none; text, so that a stamp kept in a {@link ReadCache} compares equal after a restart
 */
record FileStamp(long size, FileTime modified, FileTime changed, String fileKey) {

  /**
   * How long before a load a file must have been last written for its stamp to prove, at the next
   * load, that its bytes did not change: more than the coarsest timestamp resolution of common file
   * systems (2 s on FAT), so that a write within the same tick as the load cannot go unseen.
   */
  static final Duration SETTLED = Duration.ofSeconds(3);

  /** Whether the file was last written at least {@link #SETTLED} before this instant. */
  boolean settledBefore(Instant instant) {
    Instant limit = instant.minus(SETTLED);
    return modified.toInstant().isBefore(limit)
        && (changed == null || changed.toInstant().isBefore(limit));
  }
}
