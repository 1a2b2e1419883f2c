package dev.redazione.ingest;

import dev.redazione.ingest.internal.cache.CodeFingerprint;
import dev.redazione.ingest.internal.cache.CorruptCacheException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * A folder that keeps, across restarts, what a {@link ContentLoader#remembering(ReadCache)
 * remembering loader} read from a content folder, so that a new process reads again only the files
 * that changed. One file per content folder ({@code reads-<hash of its real path>.bin}), written
 * whole into a temporary file and moved into place, in the background {@link #WRITE_DELAY} after a
 * load that read something new (the loads of that while coalesce into one write of the last). A
 * file is used only when its header is this format's, it was written by exactly this code (its
 * {@link CodeFingerprint}: the Java runtime and every jar of the reading code and its libraries),
 * its checksum matches and every length and value in it is in bounds; anything else is ignored with
 * one notice and rebuilt by the next write, never an error. The cache folder is the maintainer's
 * (by default under the user's cache directory), never the content folder, which may be read-only
 * or written by others. Thread-safe.
 */
public final class ReadCache {

  /** The largest cache file read back: beyond it, the cache is ignored and rebuilt. */
  static final long MAX_FILE_SIZE = Integer.MAX_VALUE - 64;

  /** Temporary files of writes that never finished (a killed process) older than this go. */
  private static final Duration STALE_TEMPORARY = Duration.ofHours(1);

  /**
   * How long after a load that read something new its write waits: the loads of that while (a burst
   * of edits, reloads under churn) are written once, as the last of them, so that a busy folder
   * costs one whole write every few seconds, not one per reload.
   */
  static final Duration WRITE_DELAY = Duration.ofSeconds(10);

  private final Path folder;
  private final Consumer<String> notices;
  private final ScheduledExecutorService writer;

  /** The load waiting to be written, null when none waits. */
  private final AtomicReference<PendingWrite> pending = new AtomicReference<>();

  private ReadCache(Path folder, Consumer<String> notices) {
    this.folder = folder.toAbsolutePath().normalize();
    this.notices = Objects.requireNonNull(notices, "notices");
    this.writer =
        Executors.newSingleThreadScheduledExecutor(
            task -> {
              Thread thread = new Thread(task, "read-cache-writer");
              thread.setDaemon(true);
              thread.setPriority(Thread.MIN_PRIORITY);
              return thread;
            });
  }

  /**
   * A cache in a folder, created when first written.
   *
   * @param folder the cache folder; not the content folder
   * @param notices receives one line when a cache file is used, ignored (and why) or cannot be
   *     written
   */
  public static ReadCache in(Path folder, Consumer<String> notices) {
    return new ReadCache(Objects.requireNonNull(folder, "folder"), notices);
  }

  /**
   * The default cache folder: {@code redazione} under {@code $XDG_CACHE_HOME}, else under {@code
   * ~/.cache}.
   */
  public static Path defaultFolder() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("redazione");
  }

  /** The cache folder. */
  public Path folder() {
    return folder;
  }

  /**
   * Whether this cache may serve a content folder: not when the cache folder lies inside it (its
   * files would be listed as content, and the content folder may be read-only or written by
   * others); one notice says so.
   */
  boolean usableFor(ContentTree tree) {
    Path real = folder;
    try {
      real = folder.toRealPath();
    } catch (IOException notYet) {
      // not created yet: its path as given
    }
    if (folder.startsWith(tree.root()) || real.startsWith(tree.realRoot())) {
      notices.accept("Read cache folder " + folder + " is inside the content folder; not using it");
      return false;
    }
    return true;
  }

  /** The file that keeps the reads of a content folder (given by its real path). */
  Path fileFor(String contentFolder) {
    byte[] hash = sha256(contentFolder.getBytes(StandardCharsets.UTF_8));
    return folder.resolve("reads-" + HexFormat.of().formatHex(hash, 0, 12) + ".bin");
  }

  /**
   * What the last load of a content folder read, as a cache file kept it; empty, after one notice,
   * when there is none that this code can trust.
   *
   * @param contentFolder the real path of the content folder
   */
  Optional<RememberedReads.Load> restore(String contentFolder) {
    Path file = fileFor(contentFolder);
    long start = System.nanoTime();
    try {
      long size = Files.size(file);
      if (size > MAX_FILE_SIZE) {
        notices.accept("Read cache " + file + " ignored (" + size + " bytes); rebuilding it");
        return Optional.empty();
      }
      RememberedReads.Load load;
      try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
        load =
            ReadCacheFormat.decode(
                channel.map(FileChannel.MapMode.READ_ONLY, 0, size),
                contentFolder,
                CodeFingerprint.current());
      }
      notices.accept(
          "Read cache "
              + file
              + ": "
              + load.byPath().size()
              + " files' reads restored in "
              + Duration.ofNanos(System.nanoTime() - start).toMillis()
              + " ms");
      return Optional.of(load);
    } catch (NoSuchFileException absent) {
      notices.accept("Read cache " + file + " not found; reading every file and writing it");
    } catch (IOException | CorruptCacheException | OutOfMemoryError | InternalError e) {
      // InternalError: the mapped file was cut short while it was read
      notices.accept("Read cache " + file + " ignored (" + e.getMessage() + "); rebuilding it");
    }
    return Optional.empty();
  }

  /**
   * Writes a load's memory in the background, {@link #WRITE_DELAY} from now; a load still waiting
   * is replaced by this one, which keeps its turn.
   */
  void saveLater(String contentFolder, RememberedReads.Load load) {
    if (pending.getAndSet(new PendingWrite(contentFolder, load)) == null) {
      writer.schedule(this::writePending, WRITE_DELAY.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Writes the load waiting now, without its delay, and waits until it is written (or failed). */
  public void flush() {
    try {
      writer.submit(this::writePending).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // a failed write gave its notice
    }
  }

  private void writePending() {
    PendingWrite write = pending.getAndSet(null);
    if (write != null) {
      save(write.contentFolder(), write.load());
    }
  }

  /** A load to write, with the key of its content folder. */
  private record PendingWrite(String contentFolder, RememberedReads.Load load) {}

  /** Writes a load's memory now, replacing the content folder's cache file whole. */
  void save(String contentFolder, RememberedReads.Load load) {
    Path file = fileFor(contentFolder);
    Path temporary = null;
    try {
      createFolder();
      temporary = Files.createTempFile(folder, file.getFileName() + ".", ".tmp");
      ReadCacheFormat.write(temporary, contentFolder, load, CodeFingerprint.current());
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
      removeStaleTemporaries(file);
    } catch (IOException | RuntimeException | OutOfMemoryError e) {
      notices.accept("Read cache " + file + " not written (" + e + ")");
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // left for removeStaleTemporaries
        }
      }
    }
  }

  /** Creates the cache folder, readable by its owner only where the file system has owners. */
  private void createFolder() throws IOException {
    if (Files.isDirectory(folder)) {
      return;
    }
    Files.createDirectories(folder);
    try {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
    } catch (UnsupportedOperationException notPosix) {
      // the platform's defaults apply
    }
  }

  private void removeStaleTemporaries(Path file) throws IOException {
    Instant limit = Instant.now().minus(STALE_TEMPORARY);
    try (DirectoryStream<Path> temporaries =
        Files.newDirectoryStream(folder, file.getFileName() + ".*.tmp")) {
      for (Path temporary : temporaries) {
        if (Files.getLastModifiedTime(temporary).toInstant().isBefore(limit)) {
          Files.deleteIfExists(temporary);
        }
      }
    }
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
