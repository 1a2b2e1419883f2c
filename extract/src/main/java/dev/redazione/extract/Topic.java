package dev.redazione.extract;

import java.util.HashSet;
import java.util.Set;

/**
 * What the opening of the main text is about: the content words of its first {@value #LEAD_WORDS}
 * words of prose, each cut to a short stem so that inflected forms meet ({@code piogge} and {@code
 * pioggia}, {@code plague} and {@code plagues}). A headline names what its lead tells; a menu
 * entry, a related-article title or a promo mostly does not. Immutable.
 */
final class Topic {

  /** How many words of the main text's opening are looked at. */
  static final int LEAD_WORDS = 80;

  /** Content words are at least this long; the stem is their first this many letters. */
  static final int STEM_CHARS = 5;

  /** A line's share is counted over at least this many content words. */
  static final int MIN_CONTENT_WORDS = 3;

  private final Set<String> stems;
  private final StopWords stopWords;

  private Topic(Set<String> stems, StopWords stopWords) {
    this.stems = Set.copyOf(stems);
    this.stopWords = stopWords;
  }

  /** The topic of the prose lines of the main text from its first line on. */
  static Topic of(LineLedger ledger, MainText.Block block) {
    Set<String> stems = new HashSet<>();
    int words = 0;
    for (int i = Math.max(block.start(), 0);
        !block.isEmpty() && i <= block.end() && words < LEAD_WORDS;
        i++) {
      if (ledger.isOpen(i) && ledger.shape(i).isProse()) {
        words += addStems(ledger.text(i), ledger.stopWords(), stems);
      }
    }
    return new Topic(stems, ledger.stopWords());
  }

  /**
   * The share of the line's content words whose stem the opening of the main text has, counted over
   * at least {@value #MIN_CONTENT_WORDS} words so that a label of one word does not match as well
   * as a headline; 0 for a line without content words.
   */
  double share(String line) {
    Set<String> own = new HashSet<>();
    addStems(line, stopWords, own);
    if (own.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String stem : own) {
      if (stems.contains(stem)) {
        shared++;
      }
    }
    return shared / (double) Math.max(own.size(), MIN_CONTENT_WORDS);
  }

  /** Adds the stems of the text's content words, returning how many words it has. */
  private static int addStems(String text, StopWords stopWords, Set<String> stems) {
    int words = 0;
    int length = text.length();
    int start = 0;
    while (start < length) {
      while (start < length && !Character.isLetterOrDigit(text.charAt(start))) {
        start++;
      }
      int end = start;
      while (end < length && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (end > start) {
        words++;
        if (end - start >= STEM_CHARS && !stopWords.isStopWord(text, start, end)) {
          stems.add(text.substring(start, start + STEM_CHARS).toLowerCase(java.util.Locale.ROOT));
        }
      }
      while (end < length && Character.isLetterOrDigit(text.charAt(end))) {
        end++;
      }
      start = end;
    }
    return words;
  }
}
