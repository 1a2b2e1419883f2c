package dev.redazione.extract;

import java.util.regex.Pattern;

/**
 * Removes the reader comments pasted after an article: once a comments header ({@code Commenti},
 * {@code 3 commenti}, {@code Lascia un commento}) is followed by comment controls ({@code
 * Rispondi}, {@code 2 ore fa}), everything after the header is the thread, prose included. A header
 * above the end of the text's longest run of prose is a menu entry, not a thread — unless a control
 * follows it within a few lines, twice in all, and the prose above it holds at least half the words
 * of that run (a long comment is then the run, and the article stands above the thread).
 */
final class CommentThreadDetector {

  private static final Pattern HEADER =
      Pattern.compile(
          "(?:\\d+ )?commenti(?: \\(?\\d+\\)?)?(?: dei lettori)?|lascia un commento"
              + "|scrivi un commento|commenta|\\d+ (?:reader |user )?(?:comments?|kommentare?)\\b.*"
              + "|leave a (?:comment|reply)|schreib(?:e|en sie)? einen kommentar",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CommentThreadDetector() {}

  /** A control this close to a header above the longest run, in lines, opens a thread. */
  static final int NEAR_CONTROL_LINES = 8;

  static void detect(LineLedger ledger, MainText.Block mainText) {
    for (int i = 0; i < ledger.size(); i++) {
      if (ledger.isRemovedBy(i, RuleName.COMMENT_PROMPT)
          && HEADER.matcher(ledger.shape(i).label()).matches()
          && (i > mainText.end()
              ? controlsAfter(ledger, i, ledger.size()) > 0
              : opensThreadAbove(ledger, i, mainText))) {
        for (int j = i + 1; j < ledger.size(); j++) {
          if (ledger.isOpen(j)) {
            ledger.remove(j, RuleName.COMMENT_PROMPT);
          }
        }
        return;
      }
    }
  }

  /**
   * Whether a header above the end of the longest run opens the thread: a control within {@link
   * #NEAR_CONTROL_LINES} lines, another after it, and enough prose above the header.
   */
  private static boolean opensThreadAbove(LineLedger ledger, int header, MainText.Block run) {
    int near = Math.min(ledger.size(), header + 1 + NEAR_CONTROL_LINES);
    return controlsAfter(ledger, header, near) > 0
        && controlsAfter(ledger, header, ledger.size()) >= 2
        && MainText.words(ledger, new MainText.Block(0, header - 1))
            >= RawTextExtractor.MAIN_TEXT_MIN_SHARE * MainText.words(ledger, run);
  }

  /** The comment controls after the header, up to (not including) {@code end}. */
  private static int controlsAfter(LineLedger ledger, int header, int end) {
    int controls = 0;
    for (int j = header + 1; j < end; j++) {
      if ((ledger.isRemovedBy(j, RuleName.COMMENT_PROMPT)
              || ledger.isRemovedBy(j, RuleName.RELATIVE_DATE))
          && !HEADER.matcher(ledger.shape(j).label()).matches()) {
        controls++;
      }
    }
    return controls;
  }
}
