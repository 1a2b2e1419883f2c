package dev.redazione.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the headline and the standfirst that a paste glued into the text's first line with no stop
 * between them ({@code Coppa del Mondo, Brignone vince il gigante di Sestriere L'azzurra torna al
 * successo…}) into two lines of the same number; a headline so split is a title derived from its
 * line ({@code GLUED_HEADLINE}). The standfirst starts at a function word written with a capital
 * ({@code Il}, {@code Tutto}, or elided, {@code L'azzurra}) after a word that ends no sentence and
 * is no function word, with a word in lower case or a number after it: a name with a particle goes
 * on in capitals ({@code La Russa}, {@code Di Maio}), and an acronym is no function word ({@code
 * AI}). Italian only, as headlines in English capitalise every word. The headline before it has
 * {@value #HEADLINE_MIN_WORDS} to {@value #HEADLINE_MAX_WORDS} words and no sentence end, the
 * standfirst {@value #STANDFIRST_MIN_WORDS} words at least.
 */
final class GluedStandfirst {

  /** The glued headline has at least this many words. */
  static final int HEADLINE_MIN_WORDS = 4;

  /** The glued headline has at most this many words. */
  static final int HEADLINE_MAX_WORDS = 20;

  /** The standfirst glued to the headline has at least this many words. */
  static final int STANDFIRST_MIN_WORDS = 5;

  private GluedStandfirst() {}

  /** The lines, with the first line that has text split when it is a glued headline. */
  static List<SourceLine> split(List<SourceLine> lines, StopWords stopWords) {
    for (int i = 0; i < lines.size(); i++) {
      SourceLine line = lines.get(i);
      if (line.text().isBlank()) {
        continue;
      }
      int at = standfirstStart(line.text(), stopWords);
      if (at < 0) {
        return lines;
      }
      List<SourceLine> split = new ArrayList<>(lines.subList(0, i));
      String headline = line.text().substring(0, at).strip();
      String standfirst = line.text().substring(at).strip();
      split.add(new SourceLine(line.number(), headline, headline));
      split.add(new SourceLine(line.number(), standfirst, standfirst));
      split.addAll(lines.subList(i + 1, lines.size()));
      return List.copyOf(split);
    }
    return lines;
  }

  /** Where the glued standfirst starts in the line, or -1 when the line is no glued headline. */
  static int standfirstStart(String text, StopWords stopWords) {
    if (stopWords.language() != StopWords.Language.IT) {
      return -1; // English headlines in title case capitalise their function words
    }
    List<int[]> words = words(text, DateMarkerReader.markerEnd(text));
    for (int p = 1; p <= HEADLINE_MAX_WORDS && p + STANDFIRST_MIN_WORDS <= words.size(); p++) {
      int[] previous = words.get(p - 1);
      if (endsSentence(text, previous)) {
        return -1; // the headline ends no sentence before its standfirst
      }
      if (p >= HEADLINE_MIN_WORDS
          && startsStandfirst(text, previous, words.get(p), words.get(p + 1), stopWords)) {
        return words.get(p)[0];
      }
    }
    return -1;
  }

  private static boolean startsStandfirst(
      String text, int[] previous, int[] word, int[] next, StopWords stopWords) {
    char last = text.charAt(previous[1] - 1);
    if (!(Character.isLetterOrDigit(last) || "\"”»".indexOf(last) >= 0)
        || stopWords.isStopWord(text, previous[0], previous[1])
        || !Character.isUpperCase(text.charAt(word[0]))
        || word[1] - word[0] > 1 && Character.isUpperCase(text.charAt(word[0] + 1))
        || !stopWords.isStopWord(text, word[0], word[1])) {
      return false;
    }
    int apostrophe = StopWords.indexOfApostrophe(text, word[0], word[1]);
    return apostrophe > 0
        ? apostrophe + 1 < word[1] && Character.isLowerCase(text.charAt(apostrophe + 1))
        : Character.isLowerCase(text.charAt(next[0])) || Character.isDigit(text.charAt(next[0]));
  }

  private static boolean endsSentence(String text, int[] word) {
    char last = text.charAt(word[1] - 1);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }

  /** The start and end of each word of the text from an index on. */
  private static List<int[]> words(String text, int from) {
    List<int[]> words = new ArrayList<>();
    int start = -1;
    for (int i = from; i <= text.length(); i++) {
      boolean space = i == text.length() || Character.isWhitespace(text.charAt(i));
      if (space && start >= 0) {
        words.add(new int[] {start, i});
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return words;
  }
}
