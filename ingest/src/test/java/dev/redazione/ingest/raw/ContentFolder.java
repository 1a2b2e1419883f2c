package dev.redazione.ingest.raw;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's {@code content/} folder by walking up from the working directory. */
final class ContentFolder {

  private ContentFolder() {}

  static Path locate() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("content"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir.resolve("content");
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "no folder with content/ and pom.xml above " + Path.of("").toAbsolutePath());
  }

  /** The text of a seed whose file name starts with the prefix, such as {@code 003}. */
  static String seed(String prefix) {
    try (var files = Files.list(locate())) {
      Path file =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix + "_"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in content/"));
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
