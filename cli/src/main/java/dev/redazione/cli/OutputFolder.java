package dev.redazione.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The folder {@code build} writes the site into. A folder that a previous build wrote (it holds the
 * marker file) is replaced; any other non-empty folder is refused, so a mistyped {@code --out}
 * never deletes someone's files.
 *
 * <p>A build never writes into the folder itself: it writes a {@link Staging} folder next to it, in
 * the same parent, and only a complete build is swapped in by renaming, so a build that fails or is
 * killed part-way leaves the previous output as it was. When {@code --out} is a link to a folder,
 * the build is written next to the linked folder, and the link keeps pointing at the new build.
 */
final class OutputFolder {

  /** The file that marks a folder as written by {@code build}. */
  static final String MARKER = ".redazione-build";

  private static final String STAGING = ".building-";
  private static final String REPLACED = ".replaced-";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Path root;

  OutputFolder(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** Whether the folder can be written: absent, empty, or written by a previous build. */
  boolean isUsable() throws IOException {
    if (!Files.exists(root)) {
      return true;
    }
    if (!Files.isDirectory(root)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(root)) {
      return Files.exists(root.resolve(MARKER)) || entries.findAny().isEmpty();
    }
  }

  /**
   * Starts a build: an empty, marked folder next to the output folder, to write the site into.
   * Leftovers of earlier builds that were killed (staging folders, replaced builds not yet deleted)
   * are removed first; only folders named like them and holding the marker are touched.
   */
  Staging stage() throws IOException {
    Path target = Files.isDirectory(root) ? root.toRealPath() : root;
    Path parent = target.getParent();
    if (parent == null) {
      throw new IOException("the output folder " + target + " has no parent folder to build in");
    }
    Files.createDirectories(parent);
    String prefix = "." + target.getFileName();
    removeLeftovers(parent, prefix);
    Path staging = createUnique(parent, prefix + STAGING);
    writeMarker(staging);
    return new Staging(target, staging, prefix + REPLACED);
  }

  /**
   * The file of a site path inside a folder: {@code /} is {@code index.html}, a path whose last
   * segment has an extension ({@code /feed.xml}) is that file, any other path is a folder with an
   * {@code index.html}, so pretty URLs work on any static file server.
   *
   * @throws IllegalArgumentException for a path that would leave the folder
   */
  static Path fileOf(Path folder, String sitePath) {
    String relative = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    String last = relative.substring(relative.lastIndexOf('/') + 1);
    Path file =
        relative.isEmpty() || !last.contains(".")
            ? folder.resolve(relative).resolve("index.html")
            : folder.resolve(relative);
    Path normalized = file.normalize();
    if (!normalized.startsWith(folder) || relative.contains("?") || relative.contains("\\")) {
      throw new IllegalArgumentException(
          "site path `" + sitePath + "` does not map to a file inside " + folder);
    }
    return normalized;
  }

  /** The folder. */
  Path root() {
    return root;
  }

  private static void removeLeftovers(Path parent, String prefix) throws IOException {
    List<Path> leftovers;
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(
            parent,
            entry -> {
              String name = entry.getFileName().toString();
              return (name.startsWith(prefix + STAGING) || name.startsWith(prefix + REPLACED))
                  && Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)
                  && Files.exists(entry.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
            })) {
      leftovers = StreamSupport.stream(entries.spliterator(), false).toList();
    }
    for (Path leftover : leftovers) {
      deleteTree(leftover);
    }
  }

  private static Path createUnique(Path parent, String prefix) throws IOException {
    while (true) {
      byte[] suffix = new byte[6];
      RANDOM.nextBytes(suffix);
      try {
        return Files.createDirectory(parent.resolve(prefix + HexFormat.of().formatHex(suffix)));
      } catch (FileAlreadyExistsException taken) {
        // another name
      }
    }
  }

  private static void writeMarker(Path folder) throws IOException {
    Files.writeString(
        folder.resolve(MARKER), "Written by `redazione build`; replaced by the next build.\n");
  }

  /** Deletes a folder and everything in it, without following links. */
  static void deleteTree(Path folder) throws IOException {
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(folder)) {
      paths = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path path : paths) {
      Files.deleteIfExists(path);
    }
  }

  /**
   * A build in progress: a folder next to the output folder that the site is written into, swapped
   * in by {@link #commit()}, deleted by {@link #close()} if it was not.
   */
  static final class Staging implements AutoCloseable {

    private final Path target;
    private final Path folder;
    private final String replacedPrefix;
    private boolean committed;

    private Staging(Path target, Path folder, String replacedPrefix) {
      this.target = target;
      this.folder = folder;
      this.replacedPrefix = replacedPrefix;
    }

    /** The folder being written. */
    Path root() {
      return folder;
    }

    /** The file of a site path in the folder being written; see {@link OutputFolder#fileOf}. */
    Path fileOf(String sitePath) {
      return OutputFolder.fileOf(folder, sitePath);
    }

    /**
     * Swaps the finished build in for the output folder: the previous build is renamed aside, the
     * new one renamed into its place, and the previous one deleted. The output folder is missing
     * only between the two renames; if the second one fails, the previous build is put back.
     *
     * @return the previous build's folder when it could not be deleted (it is deleted by the next
     *     build), otherwise nothing
     * @throws IOException if the new build cannot be swapped in; the previous output is unchanged
     */
    Optional<Path> commit() throws IOException {
      if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        return Optional.empty();
      }
      copyPermissions(target, folder);
      Path replaced = createUnique(target.getParent(), replacedPrefix);
      Files.delete(replaced);
      Files.move(target, replaced, StandardCopyOption.ATOMIC_MOVE);
      try {
        Files.move(folder, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        Files.move(replaced, target, StandardCopyOption.ATOMIC_MOVE);
        throw e;
      }
      committed = true;
      try {
        writeMarker(replaced);
        deleteTree(replaced);
        return Optional.empty();
      } catch (IOException e) {
        return Optional.of(replaced);
      }
    }

    private static void copyPermissions(Path from, Path to) {
      try {
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
      } catch (IOException | UnsupportedOperationException e) {
        // the new build keeps the default permissions
      }
    }

    /** Deletes the folder being written, unless it was swapped in. */
    @Override
    public void close() throws IOException {
      if (!committed) {
        deleteTree(folder);
      }
    }
  }
}
