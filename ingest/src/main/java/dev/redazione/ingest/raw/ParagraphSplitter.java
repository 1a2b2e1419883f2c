package dev.redazione.ingest.raw;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a block of consecutive body lines into paragraphs. Pasted web text usually has one
 * paragraph per line; hard-wrapped text (lines of similar width) has paragraphs spanning lines. A
 * line break is kept as a paragraph break unless the text plainly runs on: the block is
 * hard-wrapped, or the line stops mid-sentence and the next one starts in lowercase. List items
 * always start a paragraph of their own.
 */
final class ParagraphSplitter {

  static final int WRAP_MAX_WIDTH = 110;
  static final int WRAP_MIN_WIDTH = 30;
  static final double WRAP_MIN_FILL = 0.6;

  private ParagraphSplitter() {}

  /**
   * Splits one block.
   *
   * @param numbers the 1-based source line of each text
   * @param texts the normalised lines of the block
   */
  static List<Paragraph> split(List<Integer> numbers, List<String> texts) {
    boolean wrapped = isHardWrapped(texts);
    List<Paragraph> paragraphs = new ArrayList<>();
    List<Integer> current = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < texts.size(); i++) {
      if (i > 0 && breaksBefore(texts.get(i - 1), texts.get(i), wrapped)) {
        paragraphs.add(Paragraph.of(current, text.toString()));
        current = new ArrayList<>();
        text.setLength(0);
      }
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(texts.get(i));
      current.add(numbers.get(i));
    }
    if (!current.isEmpty()) {
      paragraphs.add(Paragraph.of(current, text.toString()));
    }
    return paragraphs;
  }

  private static boolean breaksBefore(String previous, String next, boolean wrapped) {
    LineShape before = LineShape.of(previous);
    LineShape after = LineShape.of(next);
    if (after.isListItem() || before.isListItem()) {
      return true;
    }
    return !wrapped && !runsOn(before, after);
  }

  /** Whether a line plainly continues on the next: it stops mid-sentence and the next goes on. */
  static boolean runsOn(LineShape before, LineShape after) {
    if (after.isListItem() || before.isListItem()) {
      return false;
    }
    String previous = before.text();
    char last = before.lastMark();
    boolean unfinished = !before.isTerminated() && last != ':' && !before.isTruncated();
    boolean dangling = last == ',' || last == ';' || endsWithFunctionWord(previous);
    return unfinished && (!after.startsCapitalised() || dangling);
  }

  private static boolean endsWithFunctionWord(String text) {
    int space = text.lastIndexOf(' ');
    return space >= 0 && ItalianStopWords.isStopWord(text.substring(space + 1));
  }

  /**
   * Text wrapped at a column: lines of similar width, all but the last filling most of it, and at
   * least half of the breaks falling mid-sentence (one sentence per line is a web paste, not a
   * wrap).
   */
  static boolean isHardWrapped(List<String> texts) {
    if (texts.size() < 2) {
      return false;
    }
    int widest = texts.stream().mapToInt(String::length).max().orElse(0);
    if (widest > WRAP_MAX_WIDTH) {
      return false;
    }
    int midSentence = 0;
    for (int i = 0; i < texts.size() - 1; i++) {
      int width = texts.get(i).length();
      if (width < WRAP_MIN_WIDTH || width < WRAP_MIN_FILL * widest) {
        return false;
      }
      if (!LineShape.of(texts.get(i)).isTerminated()) {
        midSentence++;
      }
    }
    return midSentence > 0 && 2 * midSentence >= texts.size() - 1;
  }
}
