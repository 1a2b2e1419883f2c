package dev.redazione.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Writes an article file into a content folder the way a reader of the folder must see it: whole or
 * not at all. The text goes to a hidden temporary file in the same folder, which is then renamed
 * over the destination in one step, so a reader (the server's watcher, a build) never sees half a
 * file and a symbolic link at the destination is never written through.
 */
final class ArticleFileWriter {

  private static final SecureRandom RANDOM = new SecureRandom();

  private ArticleFileWriter() {}

  /**
   * Why the destination must not be written, if it must not: it exists and {@code force} is not
   * given, or it is not a regular file (a symbolic link, a folder, a FIFO), which is never
   * replaced.
   */
  static Optional<String> refusal(Path destination, boolean force) {
    if (!Files.exists(destination, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.empty();
    }
    if (Files.isSymbolicLink(destination)) {
      return Optional.of(
          "is a symbolic link; not written through or replaced, even with --force; remove it"
              + " first");
    }
    if (!Files.isRegularFile(destination, LinkOption.NOFOLLOW_LINKS)) {
      return Optional.of("exists and is not a regular file; not replaced, even with --force");
    }
    return force ? Optional.empty() : Optional.of("already exists; use --force to overwrite it");
  }

  /** Writes the text as UTF-8, creating the folder, and replaces the destination atomically. */
  static void write(Path destination, String text) throws IOException {
    Path folder = destination.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    Path temporary = create(folder, "." + destination.getFileName());
    try {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      Files.move(
          temporary,
          destination,
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** A new empty file named {@code prefix.<random>.tmp}, made with the umask's permissions. */
  private static Path create(Path folder, String prefix) throws IOException {
    while (true) {
      byte[] suffix = new byte[6];
      RANDOM.nextBytes(suffix);
      Path file = folder.resolve(prefix + "." + HexFormat.of().formatHex(suffix) + ".tmp");
      try {
        return Files.createFile(file);
      } catch (FileAlreadyExistsException taken) {
        // another name
      }
    }
  }
}
