package dev.redazione.ingest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's {@code content/} folder by walking up from the working directory. */
final class ContentFolder {

  private ContentFolder() {}

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

  static Path seed(String prefix) {
    try (var files = Files.list(locate())) {
      return files
          .filter(f -> f.getFileName().toString().startsWith(prefix))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException("no seed " + prefix));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
