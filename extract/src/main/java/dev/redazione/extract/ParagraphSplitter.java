package dev.redazione.extract;

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
   * @param numbers the 1-based source line of each line
   * @param lines the normalised lines of the block
   */
  static List<Paragraph> split(List<Integer> numbers, List<LineShape> lines) {
    boolean wrapped = isHardWrapped(lines);
    List<Paragraph> paragraphs = new ArrayList<>();
    int first = 0;
    for (int i = 1; i <= lines.size(); i++) {
      if (i == lines.size() || breaksBefore(lines.get(i - 1), lines.get(i), wrapped)) {
        paragraphs.add(paragraph(numbers.subList(first, i), lines.subList(first, i)));
        first = i;
      }
    }
    return paragraphs;
  }

  private static Paragraph paragraph(List<Integer> numbers, List<LineShape> lines) {
    if (lines.size() == 1) {
      return new Paragraph(numbers, lines.get(0).text(), lines.get(0));
    }
    StringBuilder text = new StringBuilder();
    for (LineShape line : lines) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(line.text());
    }
    return Paragraph.of(numbers, text.toString(), lines.get(0).stopWords());
  }

  private static boolean breaksBefore(LineShape before, LineShape after, boolean wrapped) {
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
    boolean dangling =
        last == ',' || last == ';' || endsWithFunctionWord(previous, before.stopWords());
    return unfinished && (!after.startsCapitalised() || dangling);
  }

  /**
   * Whether the text ends with a function word, left hanging: {@code … e}, {@code … dell'}; an
   * elided article glued to its word ({@code d'ingresso}) ends nothing.
   */
  private static boolean endsWithFunctionWord(String text, StopWords stopWords) {
    int space = text.lastIndexOf(' ');
    if (space < 0) {
      return false;
    }
    String word = text.substring(space + 1);
    int apostrophe = Math.max(word.lastIndexOf('\''), word.lastIndexOf('’'));
    if (apostrophe >= 0
        && apostrophe + 1 < word.length()
        && Character.isLetter(word.charAt(apostrophe + 1))) {
      return false;
    }
    return stopWords.isStopWord(word);
  }

  /**
   * Text wrapped at a column: lines of similar width, all but the last filling most of it, and at
   * least half of the breaks falling mid-sentence, the next line running on (one sentence per line
   * is a web paste, not a wrap, and so is a headline over its capitalised standfirst).
   */
  static boolean isHardWrapped(List<LineShape> lines) {
    if (lines.size() < 2) {
      return false;
    }
    int widest = lines.stream().mapToInt(LineShape::length).max().orElse(0);
    if (widest > WRAP_MAX_WIDTH) {
      return false;
    }
    int midSentence = 0;
    for (int i = 0; i < lines.size() - 1; i++) {
      int width = lines.get(i).length();
      if (width < WRAP_MIN_WIDTH || width < WRAP_MIN_FILL * widest) {
        return false;
      }
      if (runsOn(lines.get(i), lines.get(i + 1))) {
        midSentence++;
      }
    }
    return midSentence > 0 && 2 * midSentence >= lines.size() - 1;
  }
}
