package dev.redazione.ingest.raw;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the title and the standfirst: the first open line that reads as a headline (a one-word or
 * all-caps section kicker right above it is removed), and the short line directly under it.
 * Datelines and bylines, which may sit above, between or below them, are stepped over.
 */
final class HeadlineDetector {

  /**
   * Where the title and subtitle are.
   *
   * @param title the ledger index of the title, or -1 when no line reads as a headline
   * @param subtitle the ledger index of the standfirst, or -1
   */
  record Headlines(int title, int subtitle) {}

  static final int TITLE_MIN_WORDS = 2;
  static final int TITLE_MAX_WORDS = 30;
  static final int TITLE_MAX_CHARS = 220;
  /** A title ending with a full stop is still a headline up to this many words. */
  static final int SENTENCE_TITLE_MAX_WORDS = 20;
  static final int SUBTITLE_MIN_WORDS = 3;
  static final int SUBTITLE_MAX_WORDS = 25;
  static final int SENTENCE_SUBTITLE_MAX_WORDS = 30;
  static final int KICKER_MAX_WORDS = 3;
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=\\s)");

  private HeadlineDetector() {}

  static Headlines detect(LineLedger ledger) {
    int first = nextContent(ledger, 0);
    if (first < 0) {
      return new Headlines(-1, -1);
    }
    int second = nextContent(ledger, first + 1);
    if (second >= 0 && isKicker(ledger.shape(first)) && isHeadline(ledger, second)
        && ledger.shape(second).words() > ledger.shape(first).words()) {
      ledger.remove(first, RuleName.KICKER);
      first = second;
      second = nextContent(ledger, first + 1);
    }
    if (!isHeadline(ledger, first)) {
      return new Headlines(-1, -1);
    }
    ledger.assign(first, LineLedger.Role.TITLE);
    if (second >= 0 && isStandfirst(ledger, first, second)) {
      ledger.assign(second, LineLedger.Role.SUBTITLE);
      return new Headlines(first, second);
    }
    return new Headlines(first, -1);
  }

  /** The next open line that is not a dateline or byline, or -1. */
  private static int nextContent(LineLedger ledger, int from) {
    for (int i = ledger.nextOpen(from); i >= 0; i = ledger.nextOpen(i + 1)) {
      if (!isMeta(ledger, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isMeta(LineLedger ledger, int index) {
    return MetaLine.parse(ledger.text(index)).isPresent();
  }

  /** A section label above a headline: one word, or up to three in capitals. */
  static boolean isKicker(LineShape line) {
    boolean capitals = line.text().equals(line.text().toUpperCase(Locale.ITALIAN));
    return !line.isTerminated() && (line.words() == 1 || capitals && line.words() <= KICKER_MAX_WORDS);
  }

  static boolean isHeadline(LineLedger ledger, int index) {
    LineShape line = ledger.shape(index);
    char last = line.lastMark();
    return line.words() >= TITLE_MIN_WORDS
        && line.words() <= TITLE_MAX_WORDS
        && line.length() <= TITLE_MAX_CHARS
        && line.startsCapitalised()
        && !line.isListItem()
        && !line.isTruncated()
        && last != ',' && last != ';' && last != ':'
        && !(last == '.' && line.words() > SENTENCE_TITLE_MAX_WORDS)
        && sentences(line.text()) <= 2
        && !runsOnToNextLine(ledger, index);
  }

  /**
   * A standfirst: a short line under the title, not a name or a continued sentence, with more text
   * after it. A one-sentence standfirst must come straight under the title (a byline or date in
   * between means the body has started) and be shorter than the paragraph after it.
   */
  private static boolean isStandfirst(LineLedger ledger, int title, int index) {
    LineShape line = ledger.shape(index);
    int after = nextContent(ledger, index + 1);
    if (after < 0 || line.words() < SUBTITLE_MIN_WORDS || line.isListItem() || line.isTruncated()
        || line.lastMark() == ':' || !line.startsCapitalised() || PersonName.isSignature(line.text())
        || runsOnToNextLine(ledger, index)) {
      return false;
    }
    if (!line.isTerminated()) {
      return line.words() <= SUBTITLE_MAX_WORDS;
    }
    return line.words() <= SENTENCE_SUBTITLE_MAX_WORDS
        && ledger.nextOpen(title + 1) == index
        && ledger.shape(after).words() > line.words();
  }

  private static boolean runsOnToNextLine(LineLedger ledger, int index) {
    return index + 1 < ledger.size() && ledger.isOpen(index + 1) && !isMeta(ledger, index + 1)
        && ParagraphSplitter.runsOn(ledger.shape(index), ledger.shape(index + 1));
  }

  private static int sentences(String text) {
    int count = 1;
    var m = SENTENCE_END.matcher(text);
    while (m.find()) {
      count++;
    }
    return count;
  }
}
