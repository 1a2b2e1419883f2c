package dev.redazione.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Locates the article's main text the way a reader finds it on a page: by its paragraphs of prose.
 * Each line is judged by its length, its sentence punctuation and its share of function words (the
 * jusText idea, applied to lines of text): long prose counts for the block, labels, names and menu
 * entries against it. The main text is the run of lines, starting with a paragraph of prose, with
 * the best balance — prose with the short headings, captions and widgets inside it — and always
 * holds the text's longest run of prose. What lies above it is where headline, standfirst, byline
 * and dateline are; what lies outside it, unless it is metadata, is page furniture.
 */
final class MainText {

  /**
   * Where the main text is.
   *
   * @param start the ledger index of its first line, or -1 when the text has no prose
   * @param end the ledger index of its last line, or -1
   */
  record Block(int start, int end) {

    static final Block NONE = new Block(-1, -1);

    boolean isEmpty() {
      return start < 0;
    }

    boolean contains(int index) {
      return index >= start && index <= end;
    }
  }

  /** A line of prose this long is a paragraph whatever its end. */
  static final int GOOD_MIN_CHARS = 200;

  /** A shorter line of prose is a paragraph when it ends a sentence and has this many words. */
  static final int GOOD_SENTENCE_MIN_WORDS = 8;

  /** A truncated line ({@code …}) is a paragraph, not a teaser excerpt, from this many words. */
  static final int GOOD_TRUNCATED_MIN_WORDS = 40;

  /**
   * A line that reads as part of an article: prose, a sentence or question, a heading or list lead,
   * a list item, a source line — anything of two words or more with a function word — but not a
   * bare label, name or credit.
   */
  static boolean isArticleLike(LineShape line) {
    return line.isProse()
        || line.isListItem() && line.label().chars().anyMatch(Character::isLetter)
        || line.words() >= 2 && line.stopDensity() > 0
        || isSource(line);
  }

  /**
   * The first line of the main text, moved up over the paragraphs of prose above it as long as only
   * lines of the article stand between: a bare label, a byline or dateline, or furniture that
   * frames an article (navigation, share bars…) stops it.
   */
  private static int extendStart(LineLedger ledger, boolean[] good, int start) {
    int first = start;
    for (int i = start - 1; i >= 0; i--) {
      if (ledger.isBlank(i)) {
        continue;
      }
      if (!ledger.isOpen(i)) {
        if (ledger.isRemovedAsPageChrome(i)) {
          break;
        }
        continue;
      }
      if (ledger.meta(i).isPresent()) {
        break;
      }
      if (good[i]) {
        first = i;
      } else if (!isArticleLike(ledger.shape(i))) {
        break;
      }
    }
    return first;
  }

  /** A source line closing an article ({@code Fonte: …}) has at most this many words. */
  static final int SOURCE_MAX_WORDS = 8;

  private static final Pattern SOURCE =
      Pattern.compile(
          "(?:fonte|fonti|source|sources|quelle|quellen|fuente|fuentes|via)\\s*:\\s*\\S");

  /** Prose has at least this share of function words. */
  static final double GOOD_MIN_STOP_DENSITY = 0.2;

  /** What a line that is not prose costs the block, beyond half a point per word. */
  static final double LABEL_COST = 3;

  /**
   * A best block with this many times the words of a longest run of prose below it is the main text
   * without that run.
   */
  static final double APART_MIN_RATIO = 2;

  /** What a line already removed as furniture costs the block. */
  static final double REMOVED_COST = 1;

  private MainText() {}

  /**
   * Whether the line is a paragraph of prose: dense in function words, and long or ending a
   * statement. A headline, even a long one, ends with no full stop; a question alone is not enough.
   */
  static boolean isGood(LineShape line) {
    if (line.stopDensity() < GOOD_MIN_STOP_DENSITY || line.isListItem()) {
      return false;
    }
    if (line.isTruncated()) {
      return line.words() >= GOOD_TRUNCATED_MIN_WORDS;
    }
    char last = line.lastMark();
    return line.length() >= GOOD_MIN_CHARS
        || (last == '.' || last == '!') && line.words() >= GOOD_SENTENCE_MIN_WORDS;
  }

  /** The main text of the open lines. */
  static Block locate(LineLedger ledger) {
    boolean[] good = goodLines(ledger);
    double best = 0;
    int bestStart = -1;
    int bestEnd = -1;
    double sum = 0;
    int start = -1;
    for (int i = 0; i < ledger.size(); i++) {
      double score = score(ledger, i, good[i]);
      if (score == 0) {
        continue;
      }
      if (start < 0 || sum <= 0) {
        if (!good[i]) {
          continue;
        }
        start = i;
        sum = 0;
      }
      sum += score;
      if (sum > best) {
        best = sum;
        bestStart = start;
        bestEnd = i;
      }
    }
    if (bestStart < 0) {
      return Block.NONE;
    }
    Block bestBlock = new Block(bestStart, bestEnd);
    Block run = longestRun(ledger, good);
    if (run.start() > bestEnd && keepsApart(ledger, good, bestBlock, run)) {
      return new Block(extendStart(ledger, good, bestStart), closingEnd(ledger, bestEnd));
    }
    int first = extendStart(ledger, good, Math.min(bestStart, run.start()));
    return new Block(first, closingEnd(ledger, Math.max(bestEnd, run.end())));
  }

  /**
   * Whether the longest run of prose, lying below the best block, is left out of the main text:
   * when mostly furniture stands between them (menus, labels, page chrome) and the block holds at
   * least {@link #APART_MIN_RATIO} times its words, or the run is a lone paragraph (a footer
   * notice, an excerpt in a teaser list) and the block holds more. Otherwise the two could be parts
   * of one article, and the main text spans both, so that no rule removes the longer; a run above
   * the best block may be the article's own start, so it is always kept.
   */
  private static boolean keepsApart(LineLedger ledger, boolean[] good, Block best, Block run) {
    int bestWords = goodWords(ledger, good, best);
    int runWords = goodWords(ledger, good, run);
    boolean lone = run.start() == run.end();
    return (bestWords >= APART_MIN_RATIO * runWords || lone && bestWords > runWords)
        && isMostlyFurniture(ledger, best.end() + 1, run.start() - 1);
  }

  /**
   * Whether at least half of the lines from {@code from} to {@code to} are page chrome already
   * removed or open lines that read as no part of an article.
   */
  private static boolean isMostlyFurniture(LineLedger ledger, int from, int to) {
    int lines = 0;
    int furniture = 0;
    for (int i = from; i <= to; i++) {
      if (ledger.isBlank(i)) {
        continue;
      }
      lines++;
      if (ledger.isOpen(i) ? !isArticleLike(ledger.shape(i)) : ledger.isRemovedAsPageChrome(i)) {
        furniture++;
      }
    }
    return lines > 0 && furniture * 2 >= lines;
  }

  private static int goodWords(LineLedger ledger, boolean[] good, Block block) {
    int words = 0;
    for (int i = Math.max(block.start(), 0); i <= block.end(); i++) {
      if (good[i]) {
        words += ledger.shape(i).words();
      }
    }
    return words;
  }

  /**
   * The main text without its first line, the standfirst, when that is taken as the subtitle: it
   * starts at the next paragraph of prose.
   */
  static Block after(LineLedger ledger, Block block, int subtitle) {
    if (block.start() != subtitle) {
      return block;
    }
    for (int i = subtitle + 1; i <= block.end(); i++) {
      if (ledger.isOpen(i) && isGood(ledger.shape(i))) {
        return new Block(i, block.end());
      }
    }
    return block;
  }

  /**
   * The last line of the main text: its last paragraph of prose, or the short sentences and the
   * source line that close it ({@code Fonte: …}), stepping over furniture already removed.
   */
  private static int closingEnd(LineLedger ledger, int end) {
    int last = end;
    for (int i = end + 1; i < ledger.size(); i++) {
      if (!ledger.isOpen(i)) {
        continue;
      }
      if (!isClosing(ledger.shape(i))) {
        break;
      }
      last = i;
    }
    return last;
  }

  private static boolean isClosing(LineShape line) {
    return line.isTerminated() && line.words() >= 2 && line.stopDensity() > 0 || isSource(line);
  }

  /** A source line closing an article: {@code Fonte: …}, {@code Source: …}. */
  static boolean isSource(LineShape line) {
    return line.words() <= SOURCE_MAX_WORDS && SOURCE.matcher(line.folded()).lookingAt();
  }

  /**
   * The longest run of consecutive prose lines (blank lines between them allowed), by words, among
   * the open lines.
   */
  static Block longestRun(LineLedger ledger) {
    return longestRun(ledger, goodLines(ledger));
  }

  private static Block longestRun(LineLedger ledger, boolean[] good) {
    int bestWords = 0;
    Block best = Block.NONE;
    int start = -1;
    int words = 0;
    int last = -1;
    for (int i = 0; i <= ledger.size(); i++) {
      if (i < ledger.size() && ledger.isBlank(i)) {
        continue;
      }
      if (i < ledger.size() && good[i]) {
        if (start < 0) {
          start = i;
          words = 0;
        }
        words += ledger.shape(i).words();
        last = i;
      } else if (start >= 0) {
        if (words > bestWords) {
          bestWords = words;
          best = new Block(start, last);
        }
        start = -1;
      }
    }
    return best;
  }

  /** The words of the prose lines of a block. */
  static int words(LineLedger ledger, Block block) {
    return goodWords(ledger, goodLines(ledger), block);
  }

  /**
   * Which open lines are prose: each line judged alone, except the lines of a hard-wrapped
   * paragraph, judged together.
   */
  private static boolean[] goodLines(LineLedger ledger) {
    int n = ledger.size();
    boolean[] good = new boolean[n];
    int i = 0;
    while (i < n) {
      if (!ledger.isOpen(i)) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < n && ledger.isOpen(end + 1)) {
        end++;
      }
      List<LineShape> lines = new ArrayList<>();
      for (int j = i; j <= end; j++) {
        lines.add(ledger.shape(j));
      }
      if (end > i && ParagraphSplitter.isHardWrapped(lines)) {
        List<String> texts = lines.stream().map(LineShape::text).toList();
        boolean wrapped = isGood(ledger.joinedShape(String.join(" ", texts)));
        for (int j = i; j <= end; j++) {
          good[j] = wrapped;
        }
      } else {
        for (int j = i; j <= end; j++) {
          good[j] = isGood(ledger.shape(j));
        }
      }
      i = end + 1;
    }
    return good;
  }

  private static double score(LineLedger ledger, int index, boolean good) {
    if (ledger.isBlank(index)) {
      return 0;
    }
    if (!ledger.isOpen(index)) {
      return ledger.role(index) == LineLedger.Role.REMOVED ? -REMOVED_COST : 0;
    }
    LineShape line = ledger.shape(index);
    if (good) {
      return line.words();
    }
    if (line.isListItem() || line.isProse()) {
      return 1;
    }
    return -(LABEL_COST + line.words() / 2.0);
  }
}
