package dev.redazione.extract;

import java.util.Set;

/**
 * A set of lowercase words looked up by a region of any text, case-folded on the fly and with the
 * typographic apostrophe read as {@code '}: the per-word lookup of every line, without copying the
 * word out of the line. Open addressing over a power-of-two table. Immutable and thread-safe.
 */
final class WordTable {

  private final char[][] slots;
  private final int mask;
  private final int maxLength;

  WordTable(Set<String> words) {
    int size = Integer.highestOneBit(Math.max(words.size(), 1) * 4 - 1) << 1;
    this.slots = new char[size][];
    this.mask = size - 1;
    int longest = 0;
    for (String word : words) {
      char[] chars = word.toCharArray();
      int slot = hash(word, 0, chars.length) & mask;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = chars;
      longest = Math.max(longest, chars.length);
    }
    this.maxLength = longest;
  }

  /** Whether the text between two indexes, case-folded, is one of the words. */
  boolean contains(CharSequence text, int from, int to) {
    int length = to - from;
    if (length <= 0 || length > maxLength) {
      return false;
    }
    int slot = hash(text, from, to) & mask;
    for (char[] word = slots[slot]; word != null; word = slots[slot = (slot + 1) & mask]) {
      if (word.length == length && matches(word, text, from)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(char[] word, CharSequence text, int from) {
    for (int i = 0; i < word.length; i++) {
      if (word[i] != fold(text.charAt(from + i))) {
        return false;
      }
    }
    return true;
  }

  private static int hash(CharSequence text, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      h = 31 * h + fold(text.charAt(i));
    }
    return h ^ (h >>> 16);
  }

  private static char fold(char c) {
    if (c < 0x80) { // ASCII, most of every text, without the Unicode tables
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    return c == '’' ? '\'' : Character.toLowerCase(c);
  }
}
