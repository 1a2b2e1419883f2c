package dev.redazione.ingest.internal.markdown;

/**
 * A small set of characters, asked about every character of a body: a table lookup for ASCII
 * characters instead of a search of a string. Immutable and thread-safe.
 */
final class CharSet {

  private final String chars;
  private final boolean[] ascii = new boolean[128];

  private CharSet(String chars) {
    this.chars = chars;
    for (int i = 0; i < chars.length(); i++) {
      char c = chars.charAt(i);
      if (c < ascii.length) {
        ascii[c] = true;
      }
    }
  }

  /** The set of the characters of a string. */
  static CharSet of(String chars) {
    return new CharSet(chars);
  }

  boolean contains(char c) {
    return c < ascii.length ? ascii[c] : chars.indexOf(c) >= 0;
  }
}
