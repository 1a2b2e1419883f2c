package dev.redazione.search;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the repository's {@code content/} folder by walking up from the working directory. */
final class ContentFolder {

  private ContentFolder() {}

  /** The content folder of the repository the tests run in. */
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
}
