package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Word-level text helpers shared by the metadata choosers. Stateless and thread-safe. */
final class Words {

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Words() {}

  /** The text with every run of blanks (no-break spaces too) made one space, stripped. */
  static String squeeze(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isBlank(c)) {
        blank = out.length() > 0;
      } else {
        if (blank) {
          out.append(' ');
          blank = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** The text with every run of blanks made one space, keeping a space at either end. */
  static String collapse(String text) {
    if (text.isEmpty()) {
      return text;
    }
    String inner = squeeze(text);
    if (inner.isEmpty()) {
      return " ";
    }
    boolean lead = isBlank(text.charAt(0));
    boolean trail = isBlank(text.charAt(text.length() - 1));
    return (lead ? " " : "") + inner + (trail ? " " : "");
  }

  /** Whether a character is a blank: white space, a no-break or a zero-width space. */
  static boolean isBlank(char c) {
    return Character.isWhitespace(c)
        || c == '\u00a0'
        || c == '\u2007'
        || c == '\u202f'
        || c == '\u200b';
  }

  /** The lower-cased words of a text. */
  static List<String> of(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** How many words {@link #of} finds in the text, counted without collecting them. */
  static int count(String text) {
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    int count = 0;
    while (m.find()) {
      count++;
    }
    return count;
  }

  /** The share of the longer text's words that the other has too: 1 for the same words. */
  static double overlap(String a, String b) {
    List<String> x = of(a);
    List<String> y = of(b);
    if (x.isEmpty() || y.isEmpty()) {
      return 0;
    }
    List<String> rest = new ArrayList<>(y);
    int common = 0;
    for (String word : x) {
      if (rest.remove(word)) {
        common++;
      }
    }
    return (double) common / Math.max(x.size(), y.size());
  }

  /** Whether {@code text} holds {@code phrase} between word boundaries, ignoring case. */
  static boolean containsPhrase(String lowerText, String phrase) {
    String p = squeeze(phrase).toLowerCase(Locale.ROOT);
    if (p.isEmpty()) {
      return false;
    }
    int from = 0;
    while (true) {
      int at = lowerText.indexOf(p, from);
      if (at < 0) {
        return false;
      }
      int end = at + p.length();
      if ((at == 0 || !Character.isLetterOrDigit(lowerText.charAt(at - 1)))
          && (end == lowerText.length() || !Character.isLetterOrDigit(lowerText.charAt(end)))) {
        return true;
      }
      from = at + 1;
    }
  }

  /**
   * Whether {@code text} holds any of the lower-case {@code keys}, ignoring case: a scan without a
   * regular expression, for class and id attributes read on every element of a page.
   */
  static boolean containsAny(String text, String... keys) {
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = Character.toLowerCase(text.charAt(i));
      for (String key : keys) {
        if (key.charAt(0) == c && text.regionMatches(true, i, key, 0, key.length())) {
          return true;
        }
      }
    }
    return false;
  }
}
