package dev.redazione.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder {@code build} writes the site into. A folder that a previous build wrote (it holds the
 * marker file) is emptied first, so no stale page survives; any other non-empty folder is refused,
 * so a mistyped {@code --out} never deletes someone's files.
 */
final class OutputFolder {

  /** The file that marks a folder as written by {@code build}. */
  static final String MARKER = ".redazione-build";

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

  /** Creates the folder, or empties the one a previous build wrote, and marks it. */
  void prepare() throws IOException {
    if (Files.isDirectory(root)) {
      List<Path> old;
      try (Stream<Path> walk = Files.walk(root)) {
        old = walk.filter(p -> !p.equals(root)).sorted(Comparator.reverseOrder()).toList();
      }
      for (Path path : old) {
        Files.delete(path);
      }
    }
    Files.createDirectories(root);
    Files.writeString(
        root.resolve(MARKER), "Written by `redazione build`; emptied by the next build.\n");
  }

  /**
   * The file of a site path: {@code /} is {@code index.html}, a path whose last segment has an
   * extension ({@code /feed.xml}) is that file, any other path is a folder with an {@code
   * index.html}, so pretty URLs work on any static file server.
   *
   * @throws IllegalArgumentException for a path that would leave the folder
   */
  Path fileOf(String sitePath) {
    String relative = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
    String last = relative.substring(relative.lastIndexOf('/') + 1);
    Path file =
        relative.isEmpty() || !last.contains(".")
            ? root.resolve(relative).resolve("index.html")
            : root.resolve(relative);
    Path normalized = file.normalize();
    if (!normalized.startsWith(root) || relative.contains("?") || relative.contains("\\")) {
      throw new IllegalArgumentException(
          "site path `" + sitePath + "` does not map to a file inside " + root);
    }
    return normalized;
  }

  /** The folder. */
  Path root() {
    return root;
  }
}
