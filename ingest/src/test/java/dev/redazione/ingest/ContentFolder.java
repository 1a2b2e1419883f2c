package dev.redazione.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the project's {@code content/} folder and its seeds by walking up from the working
 * directory.
 */
public final class ContentFolder {

  private ContentFolder() {}

  /** The project's content folder. */
  public static Path locate() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("content"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir.resolve("content");
      }
    }
    throw new IllegalStateException(
        "no folder with content/ and pom.xml above " + Path.of("").toAbsolutePath());
  }

  /** The seed file whose name starts with the prefix, such as {@code 003}. */
  public static Path seed(String prefix) {
    try (var files = Files.list(locate())) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix + "_"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + prefix + " in content/"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of the seed whose file name starts with the prefix. */
  public static String seedText(String prefix) {
    try {
      return Files.readString(seed(prefix), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
