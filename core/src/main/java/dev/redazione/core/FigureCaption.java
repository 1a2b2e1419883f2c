package dev.redazione.core;

import java.util.Objects;

/**
 * The caption of a figure of a body, with its image: a page shows the caption only when it shows
 * the image, so the text a page shows leaves out the captions of the images it cannot show.
 * Immutable and thread-safe.
 *
 * @param src the image reference as written in the Markdown
 * @param text the caption's plain text, as it stands (a paragraph of its own) in {@link
 *     Body#text()}
 */
public record FigureCaption(String src, String text) {

  /** Requires both parts. */
  public FigureCaption {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(text, "text");
  }
}
