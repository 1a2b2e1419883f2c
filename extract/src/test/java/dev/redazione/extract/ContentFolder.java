package dev.redazione.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the seeds of the repository's {@code content/} folder, found by walking up. */
final class ContentFolder {

  private ContentFolder() {}

  /** The repository's content folder. */
  static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("content"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir.resolve("content");
      }
    }
    throw new IllegalStateException(
        "no folder with content/ and pom.xml above " + Path.of("").toAbsolutePath());
  }

  /** The text of the seed whose file name starts with the prefix, such as {@code 003}. */
  static String seedText(String prefix) {
    try (var files = Files.list(locate())) {
      Path seed =
          files
              .filter(f -> f.getFileName().toString().startsWith(prefix + "_"))
              .findFirst()
              .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in content/"));
      return Files.readString(seed, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
