package dev.redazione.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The body of an article in three forms: canonical Markdown, sanitised HTML ready to embed in a
 * page, and plain text for counting, summaries and search. Immutable and thread-safe.
 *
 * @param markdown canonical Markdown
 * @param html sanitised HTML rendered from the Markdown
 * @param text plain text, paragraphs separated by blank lines
 */
public record Body(String markdown, String html, String text) {

  /** Reading speed used for {@link #readingMinutes()}, in words per minute. */
  public static final int WORDS_PER_MINUTE = 200;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*");

  /** Requires all three forms; an empty body is empty strings, not nulls. */
  public Body {
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(text, "text");
  }

  /** The empty body. */
  public static Body empty() {
    return new Body("", "", "");
  }

  /** Whether the body has no text. */
  public boolean isEmpty() {
    return text.isBlank();
  }

  /** Words in the plain text; an elided word such as {@code dell’IA} counts once. */
  public int wordCount() {
    int count = 0;
    var matcher = WORD.matcher(text);
    while (matcher.find()) {
      count++;
    }
    return count;
  }

  /**
   * Estimated reading time in whole minutes at {@value #WORDS_PER_MINUTE} words a minute, at least
   * 1 for a non-empty body.
   */
  public int readingMinutes() {
    int words = wordCount();
    return words == 0 ? 0 : Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
  }
}
