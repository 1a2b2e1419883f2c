package dev.redazione.extract;

import java.util.Locale;
import java.util.Set;

/**
 * The Italian function words (articles, prepositions, conjunctions, pronouns, common auxiliaries)
 * whose share of a line tells running prose from labels, names and menus: real Italian prose is
 * typically 35–50% function words, page furniture and teaser titles far fewer.
 */
final class ItalianStopWords {

  private static final Set<String> WORDS =
      Set.of(
          "il", "lo", "la", "i", "gli", "le", "un", "uno", "una", "di", "a", "da", "in", "con",
          "su", "per", "tra", "fra", "del", "dello", "della", "dei", "degli", "delle", "al", "allo",
          "alla", "ai", "agli", "alle", "dal", "dallo", "dalla", "dai", "dagli", "dalle", "nel",
          "nello", "nella", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sui", "sugli",
          "sulle", "e", "ed", "o", "od", "ma", "se", "che", "chi", "cui", "non", "più", "anche",
          "come", "dove", "quando", "perché", "è", "sono", "era", "erano", "essere", "ha", "hanno",
          "ho", "abbiamo", "avere", "aveva", "stato", "stata", "stati", "state", "questo", "questa",
          "questi", "queste", "quello", "quella", "quelli", "quelle", "suo", "sua", "suoi", "sue",
          "loro", "lui", "lei", "noi", "voi", "io", "tu", "mi", "ti", "si", "ci", "vi", "ne", "già",
          "ancora", "solo", "molto", "poi", "però", "quindi", "così", "mentre", "dopo", "prima",
          "sia", "tutto", "tutti", "tutte", "ogni", "altro", "altri", "altra", "altre", "fa", "può",
          "possono", "deve", "devono", "sarà", "saranno", "sarebbe", "viene", "vengono", "nostro",
          "nostra", "verso", "senza", "oltre", "secondo", "ovvero", "oppure", "infatti", "inoltre");
  private static final Set<String> ELIDED =
      Set.of(
          "l", "un", "dell", "all", "dall", "nell", "sull", "coll", "d", "c", "quell", "quest", "s",
          "v", "m", "t", "n", "tutt", "sant");

  private static final int MAX_WORD_LENGTH = maxLength(WORDS);
  private static final int MAX_ELIDED_LENGTH = maxLength(ELIDED);

  private ItalianStopWords() {}

  /** Whether a word (any case, surrounding punctuation ignored) is an Italian function word. */
  static boolean isStopWord(String word) {
    return isLowercaseStopWord(word.toLowerCase(Locale.ITALIAN));
  }

  /** As {@link #isStopWord(String)}, for a word already in lowercase. */
  static boolean isLowercaseStopWord(String lower) {
    return isLowercaseStopWord(lower, 0, lower.length());
  }

  /** As {@link #isLowercaseStopWord(String)}, for the word between two indexes of a text. */
  static boolean isLowercaseStopWord(String lower, int from, int to) {
    int start = from;
    while (start < to && !Character.isLetterOrDigit(lower.charAt(start))) {
      start++;
    }
    int apostrophe = indexOfApostrophe(lower, start, to);
    if (apostrophe > start) {
      return apostrophe - start <= MAX_ELIDED_LENGTH
          && ELIDED.contains(lower.substring(start, apostrophe));
    }
    int end = to;
    while (end > start && !Character.isLetterOrDigit(lower.charAt(end - 1))) {
      end--;
    }
    return end > start
        && end - start <= MAX_WORD_LENGTH
        && WORDS.contains(lower.substring(start, end));
  }

  /** The share of words of the text that are function words, 0 for text without words. */
  static double density(String text) {
    return LineShape.of(text).stopDensity();
  }

  private static int indexOfApostrophe(String word, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = word.charAt(i);
      if (c == '\'' || c == '’') {
        return i;
      }
    }
    return -1;
  }

  private static int maxLength(Set<String> words) {
    return words.stream().mapToInt(String::length).max().orElse(0);
  }
}
