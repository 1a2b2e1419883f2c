package dev.redazione.site.view;

import java.util.Objects;

/**
 * An author credited on an article page.
 *
 * @param name the author's name
 * @param url the site path of the author's articles
 * @param bio the short biography, or {@code null}
 */
public record AuthorView(String name, String url, String bio) {

  /** Requires name and URL. */
  public AuthorView {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(url, "url");
  }
}
