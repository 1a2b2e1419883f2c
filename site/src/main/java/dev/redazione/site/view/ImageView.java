package dev.redazione.site.view;

import java.util.Objects;

/**
 * An image that exists and can be shown.
 *
 * @param src the site path of the image file
 * @param alt the alternative text; empty for a decorative image, or one its caption describes
 * @param caption the caption, or {@code null}
 * @param width the width in pixels, or {@code null} when it cannot be read from the file
 * @param height the height in pixels, or {@code null} when it cannot be read from the file
 */
public record ImageView(String src, String alt, String caption, Integer width, Integer height) {

  /** Requires source and alternative text. */
  public ImageView {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(alt, "alt");
  }
}
