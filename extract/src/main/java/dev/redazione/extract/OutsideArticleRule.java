package dev.redazione.extract;

/**
 * Removes what lies outside the article once its main text, headline and metadata are found. Above
 * the headline every line left is page furniture. Between the headline (or the top of the text,
 * without one) and the main text, and after the main text up to the first furniture that closes the
 * article (a share bar, related articles, comments, a copyright notice…), lines that read as part
 * of the article stay — short paragraphs, questions, headings, list items, a source line — and bare
 * labels go, as do teasers above the main text (excerpts cut off with an ellipsis, with their
 * titles) — but not the article's own lead cut off right under the headline. After that closing
 * furniture, every line left goes: its metadata (dateline, byline, tags, author box) was read
 * before.
 */
final class OutsideArticleRule {

  /** A lead cut off under the headline has at least this many words. */
  static final int CUT_LEAD_MIN_WORDS = 15;

  private OutsideArticleRule() {}

  static void apply(LineLedger ledger, MainText.Block block, int title) {
    if (block.isEmpty()) {
      return;
    }
    boolean closed = false;
    for (int i = 0; i < ledger.size(); i++) {
      if (i > block.end() && ledger.isRemovedAsPageChrome(i)) {
        closed = true;
      }
      if (!ledger.isOpen(i) || block.contains(i)) {
        continue;
      }
      if (i < title
          || closed
          || !MainText.isArticleLike(ledger.shape(i))
          || i < block.start() && isTeaser(ledger, i, block, title)) {
        ledger.remove(i, RuleName.OUTSIDE_ARTICLE);
      }
    }
  }

  /**
   * A teaser above the main text: an excerpt cut off with an ellipsis, or the title over one. The
   * article's own text is not cut off before it has begun.
   */
  private static boolean isTeaser(LineLedger ledger, int index, MainText.Block block, int title) {
    if (ledger.shape(index).isTruncated()) {
      return !isCutLead(ledger, index, title);
    }
    int next = ledger.nextOpen(index + 1);
    return next >= 0
        && next < block.start()
        && ledger.shape(next).isTruncated()
        && !ledger.shape(index).isProse();
  }

  /**
   * The article's lead printed cut off right under the headline, as some sites print it over the
   * rest of the text: prose, and the very next line after the headline (a teaser list under the
   * headline has its label or titles before its excerpts).
   */
  private static boolean isCutLead(LineLedger ledger, int index, int title) {
    LineShape line = ledger.shape(index);
    return title >= 0
        && ledger.nextNonBlank(title) == index
        && line.words() >= CUT_LEAD_MIN_WORDS
        && line.stopDensity() >= MainText.GOOD_MIN_STOP_DENSITY;
  }
}
