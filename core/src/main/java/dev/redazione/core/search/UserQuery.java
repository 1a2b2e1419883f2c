package dev.redazione.core.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a visitor typed, split into words and quoted phrases. Parsing never fails: an unbalanced
 * quote makes its words plain words, operators written in capitals ({@code AND}, {@code OR}, {@code
 * NOT}) are ignored, and any other punctuation is left for analysis to drop. Immutable and
 * thread-safe. Every search backend reads a query through it, so they all split it alike.
 *
 * @param parts the words and phrases, in order, at most {@value #MAX_PARTS}
 */
public record UserQuery(List<Part> parts) {

  /** The most parts kept; the rest of a longer text is ignored. */
  public static final int MAX_PARTS = 32;

  private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");
  private static final String OPENING_QUOTES = "\"“«„";
  private static final String CLOSING_QUOTES = "\"”»“";

  /**
   * A word or a quoted phrase.
   *
   * @param text the text as typed
   * @param phrase whether it was quoted
   */
  public record Part(String text, boolean phrase) {}

  public UserQuery {
    parts = List.copyOf(parts);
  }

  /** Splits the text into parts. */
  public static UserQuery parse(String text) {
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length() && parts.size() < MAX_PARTS) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (OPENING_QUOTES.indexOf(c) >= 0 && closingQuote(text, i + 1) > 0) {
        int end = closingQuote(text, i + 1);
        String phrase = text.substring(i + 1, end).strip();
        if (!phrase.isEmpty()) {
          parts.add(new Part(phrase, true));
        }
        i = end + 1;
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
    return new UserQuery(parts);
  }

  private static int closingQuote(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (CLOSING_QUOTES.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Whether the last part is a word, which is matched as a prefix too (the visitor may still be
   * typing it).
   */
  public boolean endsWithWord() {
    return !parts.isEmpty() && !parts.get(parts.size() - 1).phrase();
  }

  /** The words of every part, phrases split, for spelling suggestions. */
  public List<String> words() {
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
