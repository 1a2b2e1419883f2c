package dev.redazione.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Makes the entries a content folder may hold besides regular files and folders: FIFOs, and a
 * folder that cannot be read even by root (its path is longer than the system allows).
 */
final class UnusualFiles {

  private static final int DEPTH = 18;
  private static final int PATH_MAX = 4096;

  private UnusualFiles() {}

  /**
   * Creates a FIFO with {@code mkfifo}; opening it for reading would block until a writer comes.
   */
  static Path fifo(Path file) throws IOException, InterruptedException {
    run("mkfifo", file.toString());
    return file;
  }

  /**
   * Creates {@code parent/name} holding a chain of folders with long names, so deep that the
   * absolute path of the last one exceeds the system's limit: reading its attributes fails with
   * "File name too long" for any user, root included. The folders are made with short names and
   * renamed from the deepest up, so that no step uses a path over the limit.
   *
   * @return the first folder of the chain whose path is over the limit: it cannot be read, nor
   *     anything in it (such as the article file at the bottom of the chain)
   */
  static Path unreadableFolder(Path parent, String name) throws IOException {
    Path top = parent.resolve(name);
    Path deepest = top;
    for (int i = 0; i < DEPTH; i++) {
      deepest = deepest.resolve("d");
    }
    Files.createDirectories(deepest);
    Files.writeString(deepest.resolveSibling("nascosto.md"), "Titolo\n\nTesto.\n");
    String longName = "n".repeat(240);
    for (int depth = DEPTH; depth >= 1; depth--) {
      Path folder = top;
      for (int i = 0; i < depth; i++) {
        folder = folder.resolve("d");
      }
      Files.move(folder, folder.resolveSibling(longName));
    }
    Path renamed = top.toAbsolutePath();
    for (int i = 0; i < DEPTH; i++) {
      renamed = renamed.resolve(longName);
      if (renamed.toString().length() > PATH_MAX) {
        return renamed;
      }
    }
    throw new IllegalStateException("the folders are not deep enough to pass the limit");
  }

  /** Deletes a tree with {@code rm -rf}, which, unlike the JDK, copes with over-long paths. */
  static void delete(Path tree) throws IOException, InterruptedException {
    run("rm", "-rf", tree.toString());
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).inheritIO().start();
    if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException("`" + String.join(" ", command) + "` failed");
    }
  }
}
