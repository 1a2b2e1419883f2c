package dev.redazione.site.api;

import java.util.Objects;

/**
 * A section heading of an article body in the public JSON API.
 *
 * @param level the heading level, 2 to 6
 * @param text the heading's text
 * @param anchor the fragment identifier of the heading on the article page
 */
public record ApiHeading(int level, String text, String anchor) {

  /** Requires text and anchor. */
  public ApiHeading {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(anchor, "anchor");
  }
}
