package dev.redazione.extract;

import java.util.regex.Pattern;

/**
 * Removes the reader comments pasted after an article: once a comments header ({@code Commenti},
 * {@code 3 commenti}, {@code Lascia un commento}) is followed by comment controls ({@code
 * Rispondi}, {@code 2 ore fa}), everything after the header is the thread, prose included. A header
 * above the end of the text's longest run of prose is a menu entry, not a thread.
 */
final class CommentThreadDetector {

  private static final Pattern HEADER =
      Pattern.compile(
          "(?:\\d+ )?commenti(?: \\(?\\d+\\)?)?|lascia un commento|scrivi un commento|commenta"
              + "|\\d+ (?:comments?|kommentare?)\\b.*"
              + "|leave a (?:comment|reply)|schreib(?:e|en sie)? einen kommentar",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private CommentThreadDetector() {}

  static void detect(LineLedger ledger, MainText.Block mainText) {
    for (int i = mainText.end() + 1; i < ledger.size(); i++) {
      if (ledger.isRemovedBy(i, RuleName.COMMENT_PROMPT)
          && HEADER.matcher(ledger.shape(i).label()).matches()
          && hasCommentControlsAfter(ledger, i)) {
        for (int j = i + 1; j < ledger.size(); j++) {
          if (ledger.isOpen(j)) {
            ledger.remove(j, RuleName.COMMENT_PROMPT);
          }
        }
        return;
      }
    }
  }

  private static boolean hasCommentControlsAfter(LineLedger ledger, int header) {
    for (int j = header + 1; j < ledger.size(); j++) {
      if ((ledger.isRemovedBy(j, RuleName.COMMENT_PROMPT)
              || ledger.isRemovedBy(j, RuleName.RELATIVE_DATE))
          && !HEADER.matcher(ledger.shape(j).label()).matches()) {
        return true;
      }
    }
    return false;
  }
}
