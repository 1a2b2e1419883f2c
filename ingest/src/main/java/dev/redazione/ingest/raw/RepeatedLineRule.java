package dev.redazione.ingest.raw;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Removes short non-prose lines that occur more than once in the text — menu entries, section
 * labels, widget titles printed at the top and again at the bottom. Labels of up to {@value
 * #LABEL_MAX_WORDS} words go everywhere; a longer repeated line (a headline echoed by the page)
 * keeps its first occurrence.
 */
final class RepeatedLineRule {

  static final int MAX_WORDS = 8;
  static final int LABEL_MAX_WORDS = 3;

  private RepeatedLineRule() {}

  static void apply(LineLedger ledger) {
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < ledger.size(); i++) {
      if (!ledger.isBlank(i)) {
        counts.merge(key(ledger, i), 1, Integer::sum);
      }
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ledger.size(); i++) {
      if (!ledger.isOpen(i) || counts.get(key(ledger, i)) < 2) {
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

  private static String key(LineLedger ledger, int index) {
    return ledger.text(index).toLowerCase(Locale.ITALIAN);
  }
}
