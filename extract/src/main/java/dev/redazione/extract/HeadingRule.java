package dev.redazione.extract;

import java.util.regex.Pattern;

/**
 * Tells a section heading from a short paragraph: a heading is a short line standing alone, without
 * final punctuation (a question of three or more words is allowed), starting with a capital, and
 * followed by a paragraph of text.
 */
final class HeadingRule {

  static final int MAX_WORDS = 12;
  static final int MAX_CHARS = 100;
  static final int QUESTION_MIN_WORDS = 3;
  static final int SINGLE_WORD_MIN_CHARS = 3;

  /** A listicle number ({@code 1. Design}, {@code 2) Prezzo}) may open a heading. */
  private static final Pattern NUMBERED = Pattern.compile("^\\d{1,2}[.)]\\s+(?=\\p{Lu})");

  private HeadingRule() {}

  /** Whether the paragraph has the shape of a heading, regardless of what surrounds it. */
  static boolean isHeadingShaped(Paragraph paragraph) {
    if (!paragraph.isSingleLine()) {
      return false;
    }
    LineShape line = withoutNumber(paragraph);
    char last = line.lastMark();
    if (line.words() == 0
        || line.words() > MAX_WORDS
        || line.length() > MAX_CHARS
        || !line.startsCapitalised()
        || line.isListItem()
        || line.isTruncated()) {
      return false;
    }
    if (last == '.' || last == ',' || last == ';' || last == ':' || last == '!' || last == '…') {
      return false;
    }
    if (last == '?' && line.words() < QUESTION_MIN_WORDS) {
      return false;
    }
    return line.words() > 1
        || line.text().chars().allMatch(c -> Character.isLetter(c) || APOSTROPHES.indexOf(c) >= 0)
            && line.length() >= SINGLE_WORD_MIN_CHARS;
  }

  /** An elided article may open a one-word heading: {@code L’incidente}, {@code Un'analisi}. */
  private static final String APOSTROPHES = "'’";

  private static LineShape withoutNumber(Paragraph paragraph) {
    String text = paragraph.text();
    if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
      return paragraph.shape();
    }
    return LineShape.of(NUMBERED.matcher(text).replaceFirst(""), paragraph.shape().stopWords());
  }

  /**
   * Whether the paragraph after a heading-shaped one is text a heading can introduce. The text's
   * last paragraph may be cut off, as stored beginnings of pages are: it is text when it has a few
   * words and the function words of running text, though it may look like a heading itself.
   *
   * @param last whether {@code next} is the last paragraph of the text
   */
  static boolean canFollow(Paragraph next, boolean last) {
    LineShape line = next.shape();
    if (last
        && line.words() >= CUT_TEXT_MIN_WORDS
        && line.stopDensity() >= CUT_TEXT_MIN_STOP_DENSITY) {
      return true;
    }
    return !isHeadingShaped(next)
        && (line.isProse() || line.isListItem() || line.words() >= LineShape.PROSE_MIN_WORDS);
  }

  /** A cut-off last paragraph has at least this many words. */
  static final int CUT_TEXT_MIN_WORDS = 5;

  /** A cut-off last paragraph has at least this share of function words. */
  static final double CUT_TEXT_MIN_STOP_DENSITY = 0.25;
}
