package dev.redazione.solr;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of typed text as the collection's analysis sees them before stemming: split at anything
 * but letters, digits and apostrophes, elisions removed ({@code dell’IA} → {@code ia}), lower case.
 * Used to drop what is only stop words and to take the prefix of the word being typed, as the
 * in-memory backend does. Stateless.
 */
final class SurfaceWords {

  private SurfaceWords() {}

  /** The lower-case words, elisions removed, accents kept. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'’]+")) {
      String word = withoutElision(token.replaceAll("^['’]+|['’]+$", ""));
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return List.copyOf(words);
  }

  /** The word with accents and other marks folded ({@code società} → {@code societa}). */
  static String folded(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  /** Whether every word of the text is a stop word, so the text matches nothing by itself. */
  static boolean onlyStopWords(String text) {
    return of(text).stream()
        .allMatch(word -> ConfigSet.stopWords().contains(folded(word)) || word.isBlank());
  }

  /** The last word, folded, for a prefix match; empty when there is none. */
  static String lastFolded(String text) {
    List<String> words = of(text);
    return words.isEmpty() ? "" : folded(words.get(words.size() - 1));
  }

  private static String withoutElision(String token) {
    int apostrophe = Math.max(token.indexOf('\''), token.indexOf('’'));
    if (apostrophe > 0 && ConfigSet.elisions().contains(token.substring(0, apostrophe))) {
      return token.substring(apostrophe + 1);
    }
    return token;
  }
}
