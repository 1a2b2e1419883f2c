package dev.redazione.site.view;

import java.util.Objects;

/**
 * An image that exists and can be shown.
 *
 * @param src the site path of the image file
 * @param alt the alternative text; empty for a decorative image
 * @param caption the caption, or {@code null}
 */
public record ImageView(String src, String alt, String caption) {

  /** Requires source and alternative text. */
  public ImageView {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
  }
}
