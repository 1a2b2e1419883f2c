package dev.redazione.core;

import java.util.Objects;

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

  /**
   * Words in the plain text: runs of letters and digits; an apostrophe between two such runs joins
   * them, so an elided word such as {@code dell’IA} counts once.
   */
  public int wordCount() {
    int count = 0;
    boolean inWord = false;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      boolean wordChar;
      if (c < 0x80) {
        wordChar = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
      } else if (Character.isSurrogate(c)) {
        int codePoint = text.codePointAt(i);
        wordChar = isWordChar(codePoint);
        i += Character.charCount(codePoint) - 1;
      } else {
        wordChar = isWordChar(c);
      }
      if (wordChar) {
        if (!inWord) {
          count++;
          inWord = true;
        }
      } else if (!(inWord
          && isApostrophe(c)
          && i + 1 < length
          && isWordChar(text.codePointAt(i + 1)))) {
        inWord = false;
      }
    }
    return count;
  }

  /**
   * Estimated reading time in whole minutes at {@value #WORDS_PER_MINUTE} words a minute, at least
   * 1 for a non-empty body.
   */
  public int readingMinutes() {
    return readingMinutes(wordCount());
  }

  /** Reading time for a number of words, as {@link #readingMinutes()} computes it. */
  static int readingMinutes(int words) {
    return words == 0 ? 0 : Math.max(1, (int) Math.round(words / (double) WORDS_PER_MINUTE));
  }

  private static boolean isWordChar(int codePoint) {
    if (Character.isLetter(codePoint)) {
      return true;
    }
    int type = Character.getType(codePoint);
    return type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  private static boolean isApostrophe(int codePoint) {
    return codePoint == '\'' || codePoint == '\u2019';
  }
}
