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
    removeHeadlineEchoes(ledger, title);
    if (block.isEmpty()) {
      return;
    }
    removeDatedTeasers(ledger, block);
    removeLabelsOfFurniture(ledger);
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
   * Removes the headline printed again with other punctuation below it, as a picture's text or a
   * share card's title (above it every line goes anyway; an exact copy may be a box's own title,
   * such as a recipe card's): {@code Titolo, la frase «…»} under {@code Titolo: la frase «…»}.
   */
  private static void removeHeadlineEchoes(LineLedger ledger, int title) {
    if (title < 0 || ledger.shape(title).words() < ECHO_MIN_WORDS) {
      return;
    }
    String headline = lettersOf(ledger.text(title));
    for (int i = title + 1; i < ledger.size(); i++) {
      if (ledger.isOpen(i)
          && ledger.shape(i).words() == ledger.shape(title).words()
          && !ledger.text(i).equals(ledger.text(title))
          && lettersOf(ledger.text(i)).equals(headline)) {
        ledger.remove(i, RuleName.REPEATED_LINE);
      }
    }
  }

  /** An echo of the headline is looked for when the headline has at least this many words. */
  static final int ECHO_MIN_WORDS = 4;

  private static String lettersOf(String text) {
    StringBuilder letters = new StringBuilder(text.length());
    text.toLowerCase(java.util.Locale.ROOT)
        .codePoints()
        .filter(Character::isLetterOrDigit)
        .forEach(letters::appendCodePoint);
    return letters.toString();
  }

  /**
   * Removes the titles of a list of teasers above the main text, each over its own date (maybe with
   * its author between): {@code Titolo / Mario Rossi / 2 ore fa}, when the list has at least
   * {@value #DATED_TEASERS_MIN} of them. The headline is not among them: it was taken before.
   */
  private static void removeDatedTeasers(LineLedger ledger, MainText.Block block) {
    java.util.List<Integer> teasers = new java.util.ArrayList<>();
    for (int i = 0; i < ledger.size(); i++) {
      if (i < block.start()
          && ledger.isOpen(i)
          && !ledger.shape(i).isProse()
          && ledger.shape(i).words() >= TEASER_MIN_WORDS
          && isDatedBelow(ledger, i)) {
        teasers.add(i);
      }
    }
    if (teasers.size() >= DATED_TEASERS_MIN) {
      teasers.forEach(i -> ledger.remove(i, RuleName.OUTSIDE_ARTICLE));
    }
  }

  /** A dated teaser's title has at least this many words. */
  static final int TEASER_MIN_WORDS = 3;

  /** Dated teasers are removed when at least this many stand above the main text. */
  static final int DATED_TEASERS_MIN = 2;

  /** Whether a date stands right under the line, or under the short line (an author) under it. */
  private static boolean isDatedBelow(LineLedger ledger, int index) {
    int next = ledger.nextNonBlank(index);
    if (next < 0) {
      return false;
    }
    if (isDateOnly(ledger, next)) {
      return true;
    }
    int after = ledger.nextNonBlank(next);
    return ledger.shape(next).words() <= 4
        && !ledger.shape(next).isProse()
        && after >= 0
        && isDateOnly(ledger, after);
  }

  private static boolean isDateOnly(LineLedger ledger, int index) {
    return ledger.isRemovedBy(index, RuleName.DATELINE)
        || ledger.isRemovedBy(index, RuleName.RELATIVE_DATE);
  }

  /**
   * Removes a short label ending with a colon that introduces nothing but site navigation: {@code
   * Altre informazioni:} over a sort menu.
   */
  private static void removeLabelsOfFurniture(LineLedger ledger) {
    for (int i = 0; i < ledger.size(); i++) {
      if (ledger.isOpen(i)
          && ledger.shape(i).words() <= LABEL_MAX_WORDS
          && ledger.shape(i).lastMark() == ':') {
        int next = ledger.nextNonBlank(i);
        if (next >= 0 && ledger.isRemovedBy(next, RuleName.NAVIGATION)) {
          ledger.remove(i, RuleName.OUTSIDE_ARTICLE);
        }
      }
    }
  }

  /** A label of furniture has at most this many words. */
  static final int LABEL_MAX_WORDS = 4;

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
