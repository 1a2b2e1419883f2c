package dev.redazione.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The shape of one normalised line, as an editor sees it at a glance: how many words, how it ends,
 * how it starts, and how much of it is function words of the text's language. The thresholds that
 * tell prose from labels live here, in one place.
 */
final class LineShape {

  /** Prose has at least this many words. */
  static final int PROSE_MIN_WORDS = 6;

  /** A line of at least this many words is a real paragraph, not a teaser or label. */
  static final int LONG_PROSE_MIN_WORDS = 20;

  /** Prose has at least this share of function words. */
  static final double PROSE_MIN_STOP_DENSITY = 0.15;

  private static final String BULLETS = "-*+•–—▪►";
  private static final Pattern LIST_ITEM =
      Pattern.compile("(?:[" + BULLETS + "]|\\d{1,3}[.)])\\s+\\S");
  private static final String CLOSERS = "\"”»’')]";
  private static final String OPENERS = "\"“«‘'([¿¡";

  private final String text;
  private final StopWords stopWords;
  private String lower;
  private final int words;
  private double stopDensity = -1;
  private String folded;
  private Boolean listItem;
  private String label;

  private LineShape(String text, StopWords stopWords) {
    this.text = text;
    this.stopWords = stopWords;
    this.words = count(false);
  }

  /** The words of the text, or those of them that are function words. */
  private int count(boolean stops) {
    int count = 0;
    int length = text.length();
    int start = 0;
    while (start < length) {
      int end = text.indexOf(' ', start);
      if (end < 0) {
        end = length;
      }
      if (isWord(text, start, end) && (!stops || stopWords.isStopWord(text, start, end))) {
        count++;
      }
      start = end + 1;
    }
    return count;
  }

  /** The shape of a line of Italian text. */
  static LineShape of(String text) {
    return new LineShape(text, StopWords.ITALIAN);
  }

  /** The shape of a line of a text in the language of these function words. */
  static LineShape of(String text, StopWords stopWords) {
    return new LineShape(text, stopWords);
  }

  private static boolean isWord(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  String text() {
    return text;
  }

  /** The function words its density was counted with, for shapes of text derived from it. */
  StopWords stopWords() {
    return stopWords;
  }

  /** The text in lowercase, for keyword rules. */
  String lower() {
    if (lower == null) {
      lower = text.toLowerCase(Locale.ITALIAN);
    }
    return lower;
  }

  /** The text in lowercase with typographic apostrophes folded to {@code '}. */
  String folded() {
    if (folded == null) {
      folded = lower().replace('’', '\'').replace('‘', '\'');
    }
    return folded;
  }

  /**
   * The bare label of the line, the form in which furniture labels are compared: {@link #folded()}
   * without surrounding decoration ({@code — Pubblicità —}, {@code [ADV]}, {@code Leggi anche...}).
   */
  String label() {
    if (label == null) {
      String text = folded();
      int start = 0;
      int end = text.length();
      while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
        start++;
      }
      while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1))) {
        end--;
      }
      label = text.substring(start, end);
    }
    return label;
  }

  int words() {
    return words;
  }

  /** The share of the words that are function words, 0 without words. */
  double stopDensity() {
    if (stopDensity < 0) {
      stopDensity = words == 0 ? 0 : count(true) / (double) words;
    }
    return stopDensity;
  }

  int length() {
    return text.length();
  }

  /** The last character that is not a closing quote or bracket, or 0 for an empty line. */
  char lastMark() {
    int end = text.length();
    while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end == 0 ? 0 : text.charAt(end - 1);
  }

  /** Ends a sentence: with {@code .}, {@code !} or {@code ?}, maybe inside quotes, not cut off. */
  boolean isTerminated() {
    char last = lastMark();
    return (last == '.' || last == '!' || last == '?') && !isTruncated();
  }

  /** Cut off with an ellipsis, as teaser excerpts are: {@code ...}, {@code …}, {@code […]}. */
  boolean isTruncated() {
    String trimmed = text;
    while (!trimmed.isEmpty() && CLOSERS.indexOf(trimmed.charAt(trimmed.length() - 1)) >= 0) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed.endsWith("...") || trimmed.endsWith("…");
  }

  /**
   * Starts, after any opening quote, with an uppercase letter, a digit, or a brand written in camel
   * case ({@code iPhone}, {@code eBay}).
   */
  boolean startsCapitalised() {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (OPENERS.indexOf(c) >= 0) {
        continue;
      }
      return Character.isUpperCase(c) || Character.isDigit(c) || isCamelCase(i);
    }
    return false;
  }

  private boolean isCamelCase(int start) {
    for (int i = start + 1; i < text.length() && Character.isLetterOrDigit(text.charAt(i)); i++) {
      if (Character.isUpperCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Starts with a bullet or a number and a space, as list items do. */
  boolean isListItem() {
    if (listItem == null) {
      char first = text.isEmpty() ? 0 : text.charAt(0);
      listItem = // the first character tells most lines without the expression
          (BULLETS.indexOf(first) >= 0 || first >= '0' && first <= '9')
              && LIST_ITEM.matcher(text).lookingAt();
    }
    return listItem;
  }

  /** Running prose: enough words, a sentence end (or length), function words, not cut off. */
  boolean isProse() {
    return words >= PROSE_MIN_WORDS
        && !isTruncated()
        && (isTerminated() || words >= LONG_PROSE_MIN_WORDS)
        && stopDensity() >= PROSE_MIN_STOP_DENSITY;
  }

  /** A real paragraph: prose of at least {@value #LONG_PROSE_MIN_WORDS} words. */
  boolean isLongProse() {
    return isProse() && words >= LONG_PROSE_MIN_WORDS;
  }

  /** A declarative sentence: prose ending with a full stop or exclamation mark. */
  boolean isStatement() {
    char last = lastMark();
    return isProse() && (last == '.' || last == '!');
  }

  @Override
  public String toString() {
    return text;
  }
}
