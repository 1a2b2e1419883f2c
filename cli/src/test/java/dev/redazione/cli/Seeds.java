package dev.redazione.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed articles of the repository's {@code content/} folder, found by walking up from the
 * working directory.
 */
final class Seeds {

  private Seeds() {}

  /**
   * The repository's content folder: the first {@code content/} next to a {@code pom.xml} above the
   * working directory.
   */
  static Path folder() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("content"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir.resolve("content");
      }
    }
    throw new IllegalStateException(
        "no content/ folder next to a pom.xml above " + Path.of("").toAbsolutePath());
  }

  /** The seed files, sorted by name. */
  static List<Path> files() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every seed into {@code target}, which is created if needed, and returns it. */
  static Path copyTo(Path target) {
    try {
      Files.createDirectories(target);
      for (Path seed : files()) {
        Files.copy(seed, target.resolve(seed.getFileName()));
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one seed whose name starts with {@code prefix}, such as {@code 003}. */
  static Path file(String prefix) {
    return files().stream()
        .filter(f -> f.getFileName().toString().startsWith(prefix))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no seed named " + prefix + "*"));
  }
}
