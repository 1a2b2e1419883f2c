package dev.redazione.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The seed articles of the project's {@code content/} folder, found by walking up from the working
 * directory, for the tests of every module.
 */
public final class Seeds {

  private Seeds() {}

  /**
   * The project's content folder: the first {@code content/} next to a {@code pom.xml} above the
   * working directory.
   */
  public static Path folder() {
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
  public static List<Path> files() {
    try (Stream<Path> files = Files.list(folder())) {
      return files.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The one seed whose name starts with {@code prefix} and an underscore, such as {@code 003}. */
  public static Path file(String prefix) {
    return files().stream()
        .filter(f -> f.getFileName().toString().startsWith(prefix + "_"))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no seed named " + prefix + "_*"));
  }

  /** The text of the seed whose name starts with {@code prefix}. */
  public static String text(String prefix) {
    try {
      return Files.readString(file(prefix));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every seed into {@code target}, which is created if needed, and returns it. */
  public static Path copyTo(Path target) {
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
}
