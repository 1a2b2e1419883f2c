package dev.redazione.extract;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Removes short non-prose lines that occur more than once in the text, at least once outside the
 * body (above its first or below its last sentence of prose) — menu entries, section labels, widget
 * titles printed at the top and again at the bottom. Labels repeated only inside the body, such as
 * the "Pro" and "Contro" of a review of several products, stay. Labels of up to {@value
 * #LABEL_MAX_WORDS} words go everywhere; a longer repeated line (a headline echoed by the page)
 * keeps its first occurrence. The entries of a table of contents do not count: they repeat the
 * section headings on purpose.
 */
final class RepeatedLineRule {

  static final int MAX_WORDS = 8;
  static final int LABEL_MAX_WORDS = 3;

  private RepeatedLineRule() {}

  /** A line repeated as the start of the next one is a truncated copy from this many characters. */
  static final int PREFIX_MIN_CHARS = 30;

  static void apply(LineLedger ledger) {
    removeTruncatedCopies(ledger);
    int head = ledger.first(LineShape::isProse);
    int tail = ledger.last(LineShape::isProse);
    Map<String, Integer> counts = new HashMap<>();
    Set<String> outsideBody = new HashSet<>();
    for (int i = 0; i < ledger.size(); i++) {
      if (!ledger.isBlank(i)
          && ledger.shape(i).words() <= MAX_WORDS
          && !ledger.isRemovedBy(i, RuleName.TABLE_OF_CONTENTS)) {
        counts.merge(key(ledger, i), 1, Integer::sum);
        if (i < head || i > tail) {
          outsideBody.add(key(ledger, i));
        }
      }
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ledger.size(); i++) {
      if (!ledger.isOpen(i)
          || ledger.shape(i).words() > MAX_WORDS
          || counts.get(key(ledger, i)) < 2
          || !outsideBody.contains(key(ledger, i))) {
        continue;
      }
      LineShape shape = ledger.shape(i);
      boolean firstOfLonger = shape.words() > LABEL_MAX_WORDS && seen.add(key(ledger, i));
      if (shape.words() <= MAX_WORDS
          && !shape.isProse()
          && !shape.isTerminated()
          && !firstOfLonger) {
        ledger.remove(i, RuleName.REPEATED_LINE);
      }
    }
  }

  /**
   * Removes a line that the next line repeats and goes on from: a teaser of the paragraph below.
   */
  private static void removeTruncatedCopies(LineLedger ledger) {
    for (int i = 0; i < ledger.size(); i++) {
      int next = ledger.nextNonBlank(i);
      if (ledger.isOpen(i)
          && next >= 0
          && ledger.isOpen(next)
          && ledger.text(i).length() >= PREFIX_MIN_CHARS
          && ledger.text(next).length() > ledger.text(i).length()
          && ledger.text(next).startsWith(ledger.text(i))) {
        ledger.remove(i, RuleName.REPEATED_LINE);
      }
    }
  }

  private static String key(LineLedger ledger, int index) {
    return ledger.shape(index).lower();
  }
}
