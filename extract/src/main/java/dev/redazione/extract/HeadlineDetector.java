package dev.redazione.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Picks the title and the standfirst among the lines before the body's first real paragraph. Pages
 * put the site name, menu entries and a section label above the headline, so the headline is read
 * from the end of that zone: a headline followed by a standfirst, or a headline alone, right before
 * the body; short label lines above it are removed as masthead. Datelines, bylines and bare names
 * next to a dateline, which may sit above, between or below them, are stepped over.
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

  /** Site names and section labels above a headline have at most this many words. */
  static final int MASTHEAD_MAX_WORDS = 3;

  /**
   * Lines above the headline of at most this many words, without a sentence end, are page masthead.
   */
  static final int MASTHEAD_LABEL_MAX_WORDS = 6;

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=\\s)");

  private HeadlineDetector() {}

  static Headlines detect(LineLedger ledger) {
    List<Integer> head = headLines(ledger);
    if (head.isEmpty()) {
      return new Headlines(-1, -1);
    }
    int n = head.size();
    boolean bodyFollows = ledger.firstLongProse() < ledger.size();
    int title;
    int subtitle = -1;
    if (bodyFollows
        && n >= 2
        && isHeadline(ledger, head.get(n - 2))
        && (n == 2 || isFullHeadline(ledger, head.get(n - 2)))
        && isStandfirst(ledger, head.get(n - 2), head.get(n - 1))) {
      title = n - 2;
      subtitle = n - 1;
    } else if (bodyFollows
        && isHeadline(ledger, head.get(n - 1))
        && (n == 1
            || isFullHeadline(ledger, head.get(n - 1))
                && !ledger.shape(head.get(n - 1)).isTerminated())) {
      title = n - 1;
    } else {
      title = firstHeadline(ledger, head);
      if (title < 0) {
        return new Headlines(-1, -1);
      }
      subtitle =
          title + 1 < n && isStandfirst(ledger, head.get(title), head.get(title + 1))
              ? title + 1
              : -1;
    }
    for (int k = 0; k < title; k++) {
      if (isMastheadLabel(ledger.shape(head.get(k)))) {
        ledger.remove(head.get(k), RuleName.MASTHEAD);
      }
    }
    ledger.assign(head.get(title), LineLedger.Role.TITLE);
    if (subtitle >= 0) {
      ledger.assign(head.get(subtitle), LineLedger.Role.SUBTITLE);
    }
    return new Headlines(head.get(title), subtitle >= 0 ? head.get(subtitle) : -1);
  }

  /**
   * The open lines before the body's first real paragraph, without datelines, bylines and bare
   * names. When the text has no long paragraph, only its first two lines can be headline material.
   */
  private static List<Integer> headLines(LineLedger ledger) {
    int body = ledger.firstLongProse();
    List<Integer> head = new ArrayList<>();
    int limit = body < ledger.size() ? Integer.MAX_VALUE : 2;
    for (int i = nextContent(ledger, 0);
        i >= 0 && i < body && head.size() < limit;
        i = nextContent(ledger, i + 1)) {
      head.add(i);
    }
    return head;
  }

  private static int firstHeadline(LineLedger ledger, List<Integer> head) {
    for (int k = 0; k < head.size(); k++) {
      if (isHeadline(ledger, head.get(k))) {
        return k;
      }
    }
    return -1;
  }

  /** A headline long enough not to be a site name or menu entry above the real one. */
  private static boolean isFullHeadline(LineLedger ledger, int index) {
    return ledger.shape(index).words() > MASTHEAD_MAX_WORDS;
  }

  /** A site name, menu entry or section label: a few words, no sentence. */
  static boolean isMastheadLabel(LineShape line) {
    return line.words() <= MASTHEAD_LABEL_MAX_WORDS
        && !line.isTerminated()
        && line.lastMark() != ':';
  }

  /** The next open line that is not a dateline or byline, or -1. */
  private static int nextContent(LineLedger ledger, int from) {
    for (int i = ledger.nextOpen(from); i >= 0; i = ledger.nextOpen(i + 1)) {
      if (!isMeta(ledger, i) && !isSignatureByDateline(ledger, i)) {
        return i;
      }
    }
    return -1;
  }

  /** A bare name or {@code Redazione} right next to a dateline: a byline without "di". */
  private static boolean isSignatureByDateline(LineLedger ledger, int index) {
    if (!PersonName.isSignature(ledger.text(index))) {
      return false;
    }
    int before = index - 1;
    while (before >= 0 && ledger.isBlank(before)) {
      before--;
    }
    int after = ledger.nextNonBlank(index);
    return before >= 0 && isMeta(ledger, before) || after >= 0 && isMeta(ledger, after);
  }

  private static boolean isMeta(LineLedger ledger, int index) {
    return ledger.meta(index).isPresent();
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
        && last != ','
        && last != ';'
        && last != ':'
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
    if (after < 0
        || line.words() < SUBTITLE_MIN_WORDS
        || line.isListItem()
        || line.isTruncated()
        || line.lastMark() == ':'
        || !line.startsCapitalised()
        || PersonName.isSignature(line.text())
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
    return index + 1 < ledger.size()
        && ledger.isOpen(index + 1)
        && !isMeta(ledger, index + 1)
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
