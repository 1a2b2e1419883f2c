package dev.redazione.extract;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A set of lowercase words looked up by a region of any text, case-folded on the fly and with the
 * typographic apostrophe read as {@code '}: the per-word lookup of every line, without copying the
 * word out of the line. Open addressing over a power-of-two table. Immutable and thread-safe.
 */
final class WordTable {

  private final char[][] slots;
  private final int[] values;
  private final int mask;
  private final int maxLength;

  WordTable(Set<String> words) {
    this(words.stream().collect(Collectors.toMap(word -> word, word -> 1)));
  }

  /** A table of words, each with a value other than 0 that {@link #valueOf} gives back. */
  WordTable(Map<String, Integer> words) {
    int size = Integer.highestOneBit(Math.max(words.size(), 1) * 4 - 1) << 1;
    this.slots = new char[size][];
    this.values = new int[size];
    this.mask = size - 1;
    int longest = 0;
    for (Map.Entry<String, Integer> word : words.entrySet()) {
      char[] chars = word.getKey().toCharArray();
      int slot = hash(word.getKey(), 0, chars.length) & mask;
      while (slots[slot] != null) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = chars;
      values[slot] = word.getValue();
      longest = Math.max(longest, chars.length);
    }
    this.maxLength = longest;
  }

  /** Whether the text between two indexes, case-folded, is one of the words. */
  boolean contains(CharSequence text, int from, int to) {
    return valueOf(text, from, to) != 0;
  }

  /** The value of the word between two indexes of the text, case-folded, or 0 when it is none. */
  int valueOf(CharSequence text, int from, int to) {
    int length = to - from;
    if (length <= 0 || length > maxLength) {
      return 0;
    }
    int slot = hash(text, from, to) & mask;
    for (char[] word = slots[slot]; word != null; word = slots[slot = (slot + 1) & mask]) {
      if (word.length == length && matches(word, text, from)) {
        return values[slot];
      }
    }
    return 0;
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
