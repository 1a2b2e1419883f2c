package dev.redazione.site.api;

import java.util.Objects;

/**
 * The lead image of an article in the public JSON API.
 *
 * @param src the site path of the image file
 * @param alt the alternative text; empty for a decorative image
 * @param caption the caption, or {@code null}
 */
public record ApiImage(String src, String alt, String caption) {

  /** Requires source and alternative text. */
  public ApiImage {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
  }
}
