package dev.redazione.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a visitor typed, split into words and quoted phrases, by the rules of the in-memory backend
 * ({@code docs/SEARCH.md}): an unbalanced quote makes its words plain words, {@code AND}, {@code
 * OR}, {@code NOT} in capitals are ignored, at most {@value #MAX_PARTS} parts. Never fails.
 * Immutable and thread-safe.
 *
 * @param parts the words and phrases, in order
 */
record TypedQuery(List<Part> parts) {

  static final int MAX_PARTS = 32;

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");
  private static final String OPENING_QUOTES = "\"“«„";
  private static final String CLOSING_QUOTES = "\"”»“";

  /**
   * A word or a quoted phrase.
   *
   * @param text the text as typed
   * @param phrase whether it was quoted
   */
  record Part(String text, boolean phrase) {}

  TypedQuery {
    parts = List.copyOf(parts);
  }

  static TypedQuery parse(String text) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length() && parts.size() < MAX_PARTS) {
      char c = text.charAt(i);
      int close = OPENING_QUOTES.indexOf(c) >= 0 ? closingQuote(text, i + 1) : -1;
      if (Character.isWhitespace(c)) {
        i++;
      } else if (close > 0) {
        String phrase = text.substring(i + 1, close).strip();
        if (!phrase.isEmpty()) {
          parts.add(new Part(phrase, true));
        }
        i = close + 1;
      } else {
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
          end++;
        }
        String word = text.substring(i, end);
        if (!OPERATORS.contains(word)) {
          parts.add(new Part(word, false));
        }
        i = end;
      }
    }
    return new TypedQuery(parts);
  }

  private static int closingQuote(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /** Whether the last part is a word, also matched as a prefix. */
  boolean endsWithWord() {
    return !parts.isEmpty() && !parts.get(parts.size() - 1).phrase();
  }

  /** The words of every part, phrases split. */
  List<String> words() {
    List<String> words = new ArrayList<>();
    for (Part part : parts) {
      for (String word : part.text().split("\\s+")) {
        if (!word.isBlank()) {
          words.add(word);
        }
      }
    }
    return List.copyOf(words);
  }
}
