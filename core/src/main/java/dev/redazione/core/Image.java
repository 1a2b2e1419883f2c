package dev.redazione.core;

import java.util.Objects;
import java.util.Optional;

/**
 * An image of an article: its source (a path relative to the article's file, or an http(s) URL),
 * alternative text and caption. Instances are immutable and thread-safe.
 */
public final class Image {

  private final String src;
  private final String alt;
  private final String caption;

  private Image(String src, String alt, String caption) {
    Objects.requireNonNull(src, "src");
    if (src.isBlank()) {
      throw new IllegalArgumentException("image src is blank; expected a path or URL");
    }
    this.src = src.strip();
    this.alt = blankToNull(alt);
    this.caption = blankToNull(caption);
  }

  /**
   * An image.
   *
   * @param src path or URL, not blank
   * @param alt alternative text, or {@code null} when unknown
   * @param caption caption, or {@code null} when there is none
   */
  public static Image of(String src, String alt, String caption) {
    return new Image(src, alt, caption);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  /** The path or URL, as written in the source. */
  public String src() {
    return src;
  }

  /** The alternative text, when known. */
  public Optional<String> alt() {
    return Optional.ofNullable(alt);
  }

  /** The caption, when there is one. */
  public Optional<String> caption() {
    return Optional.ofNullable(caption);
  }

  /** Whether {@link #src()} is an absolute http or https URL rather than a path. */
  public boolean isRemote() {
    return src.startsWith("http://") || src.startsWith("https://");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Image i
        && src.equals(i.src)
        && Objects.equals(alt, i.alt)
        && Objects.equals(caption, i.caption);
  }

  @Override
  public int hashCode() {
    return Objects.hash(src, alt, caption);
  }

  @Override
  public String toString() {
    return "Image[" + src + "]";
  }
}
