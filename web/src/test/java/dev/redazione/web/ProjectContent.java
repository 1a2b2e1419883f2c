package dev.redazione.web;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds the project's seed content folder by walking up from the working directory. */
final class ProjectContent {

  private ProjectContent() {}

  /** The {@code content/} folder beside the root {@code pom.xml}. */
  static Path folder() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("content"))
          && Files.isRegularFile(dir.resolve("pom.xml"))) {
        return dir.resolve("content");
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "no folder with content/ and pom.xml above the working directory");
  }
}
