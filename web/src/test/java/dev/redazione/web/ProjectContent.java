package dev.redazione.web;

import dev.redazione.testkit.Seeds;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The properties of a test server over the project's seed content folder ({@link Seeds}). */
final class ProjectContent {

  private ProjectContent() {}

  /** The {@code content/} folder beside the root {@code pom.xml}. */
  static Path folder() {
    return Seeds.folder();
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
