package dev.redazione.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the project's seed content folder by walking up from the working directory, and gives the
 * properties of a test server over it.
 */
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

  /**
   * The properties of a test server over the seeds, with the content watcher off.
   *
   * @param more further property names and values, in pairs
   */
  static Map<String, String> serverProperties(String... more) {
    Map<String, String> properties = new HashMap<>();
    properties.put(ContentSnapshots.CONTENT_PROPERTY, folder().toString());
    properties.put(ContentWatcher.ENABLED_PROPERTY, "false");
    for (int i = 0; i + 1 < more.length; i += 2) {
      properties.put(more[i], more[i + 1]);
    }
    return Map.copyOf(properties);
  }
}
