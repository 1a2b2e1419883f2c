package dev.redazione.site.api;

import java.util.Objects;

/**
 * An author in the public JSON API.
 *
 * @param name the name as written in the byline
 * @param bio the short biography, or {@code null}
 */
public record ApiAuthor(String name, String bio) {

  /** Requires the name. */
  public ApiAuthor {
    Objects.requireNonNull(name, "name");
  }
}
