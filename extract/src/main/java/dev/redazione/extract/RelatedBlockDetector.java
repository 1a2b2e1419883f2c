package dev.redazione.extract;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes "related articles" furniture: a header ({@code Leggi anche}, {@code Ti potrebbe
 * interessare}, {@code Articoli correlati}, …) with its teaser titles and truncated excerpts,
 * inline one-line teasers ({@code Leggi anche: …}, {@code >> Titolo <<}), and header-less runs of
 * teasers at the end.
 *
 * <p>At the tail — when no real paragraph follows the header — everything after it that is not a
 * full sentence belongs to the block. In mid-article only the teaser lines right after the header,
 * up to the next blank line, do.
 */
final class RelatedBlockDetector {

  private static final int HEADER_MAX_WORDS = 8;
  private static final int INLINE_MAX_WORDS = 30;
  private static final Pattern HEADER =
      Pattern.compile(
          "(?:leggi anche|leggi pure|potrebber?o? interessarti(?: anche)?"
              + "|ti potrebber?o? interessare(?: anche)?"
              + "|articoli correlati|notizie correlate|contenuti correlati|correlati"
              + "|articoli consigliati|consigliati|(?:articoli|notizie|video) (?:simili|correlati)"
              + "|altr[ie] (?:articoli|notizie) (?:di|da|su|in|dalla|della|dello|dal|del|sulla|sul)"
              + " .{1,30}|ultim[ei] (?:articoli|notizie) (?:di|da|su|in|dalla|della|dal|del) .{1,30}"
              + "|le più lette|le ultime|leggi (?:gli )?altri articoli"
              + "|ti consigliamo(?: anche)?|consigliati per te|scelti per te|altri articoli"
              + "|altre notizie"
              + "|ultime notizie|ultimi articoli|articoli recenti|notizie recenti"
              + "|dello stesso autore"
              + "|altri articoli dello stesso autore|(?:i )?più letti(?: della settimana| di oggi"
              + "| oggi)?"
              + "|(?:i )?più popolari|da non perdere|non perdere|guarda anche|vedi anche"
              + "|approfondisci"
              + "|approfondimenti|per approfondire|related(?: articles| posts| stories)?"
              + "|read (?:more|also)"
              + "|you may also like|in evidenza|potrebbe piacerti|ti può interessare(?: anche)?"
              + "|leggi altri articoli|sullo stesso (?:argomento|tema)|su questo argomento|top news"
              + "|in primo piano|controlla(?:te)? anche"
              + "|related links|related news|related content|recommended(?: reading| for you| stories"
              + "| articles)?|recommended by our editors|more (?:from|on) .{1,30}|most read(?: .{1,30})?"
              + "|most popular|more stories|you might also like|mehr zum thema(?: auf .{1,30})?"
              + "|keep reading|read more (?:news |stories |articles )?like this(?: on .{1,30})?"
              + "|weitere (?:artikel"
              + "|beiträge)(?: zu diesem artikel| zum thema)?|das könnte sie auch interessieren"
              + "|auch interessant|noticias relacionadas|te puede interesar|contenido relacionado"
              + "|à lire aussi|sur le même sujet|articles similaires|veja também|leia também"
              + "|notícias relacionadas"
              + "|altro su .{1,30}|dalla stessa sezione|more stories like this(?: one)?"
              + "|neueste (?:artikel|beiträge)|lee también|leé también|más sobre .{1,30}"
              + "|saiba mais|mais sobre .{1,30}"
              // a box of the story's background: Il contesto della notizia
              + "|(?:il )?contesto della notizia|contexto de la noticia|(?:the )?context of the story"
              // a box of audio and video on the topic: Audio e video sull'argomento
              + "|(?:audio e )?video (?:sull'argomento|sul tema|correlati)"
              + "|(?:audios? (?:and|und|et|y|e) )?vid[eé]os? (?:on (?:this|the) topic|zum thema"
              + "|sur le (?:même )?sujet|sobre el tema|sobre o tema))");

  /**
   * A section's label that heads a list of teasers only after the article's last paragraph: above
   * the headline, {@code Primo Piano} is the article's own section.
   */
  private static final Pattern TAIL_HEADER = Pattern.compile("primo piano");

  /** An icon's ligature name pasted before a label: {@code filter_none}, {@code arrow_forward}. */
  private static final Pattern ICON_NAME = Pattern.compile("^[a-z]+(?:_[a-z]+)+\\s+");

  private static final Pattern LEADING_SYMBOLS = Pattern.compile("^[^\\p{L}\\p{N}]+");
  private static final Pattern INLINE_TEASER =
      Pattern.compile(
          "^(?:leggi anche|leggi pure|guarda anche|vedi anche|potrebbe interessarti"
              + "|ti potrebbe interessare"
              + "|approfondisci|per approfondire|leggi|guarda|ascolta|read more|read also|related"
              + "|related post|related reading|related article|related story|see also"
              + "|lesen sie auch|auch interessant|mehr zum thema|le puede interesar|puedes ver"
              + "|lee también|te puede interesar|veja também|leia também|à lire aussi|lire aussi"
              + "|voir aussi)\\s*[:>»–—-]+\\s*\\S.*"
              + "|^(?:leggi anche|guarda anche|vedi anche)\\s+\\S.*"
              // a link to the site's own review of a product the text names
              + "|^(?:leggi|scopri) (?:la nostra|l'intera) recensione(?: completa)? (?:di|del|della"
              + "|dello|dell'|degli|delle)\\s*\\S.{0,60}"
              + "|^read (?:our|the) (?:full |complete )?.{1,60} review$"
              + "|^lesen sie (?:unseren|den) (?:ganzen |vollständigen )?.{1,60}test$");

  /** A teaser title between double arrows: {@code >> Il governo approva la manovra <<}. */
  private static final Pattern ARROWED_TEASER = Pattern.compile(">>\\s*\\S.*\\S\\s*<<");

  private RelatedBlockDetector() {}

  static void detect(LineLedger ledger, MainText.Block mainText) {
    for (int i = 0; i < ledger.size(); i++) {
      if (!ledger.isOpen(i)) {
        continue;
      }
      LineShape shape = ledger.shape(i);
      if (isHeader(shape) || isTailHeader(shape) && ledger.lastLongProse() < i) {
        ledger.remove(i, RuleName.RELATED_BLOCK);
        if (ledger.lastLongProse() < i) {
          removeTail(ledger, i, mainText);
          return;
        }
        i = removeTeasersAfter(ledger, i, mainText);
      } else if (isInlineTeaser(shape)) {
        ledger.remove(i, RuleName.RELATED_BLOCK);
      }
    }
    removeTeaserRuns(ledger, mainText);
  }

  /** A related-articles header: {@code Leggi anche}, {@code Ti potrebbe interessare}, … */
  static boolean isHeader(LineShape line) {
    return line.words() <= HEADER_MAX_WORDS
        && HEADER.matcher(ICON_NAME.matcher(line.label()).replaceFirst("")).matches();
  }

  /** A header of teasers after the article's last paragraph only ({@link #TAIL_HEADER}). */
  private static boolean isTailHeader(LineShape line) {
    return line.words() <= HEADER_MAX_WORDS && TAIL_HEADER.matcher(line.label()).matches();
  }

  /** A one-line teaser: {@code Leggi anche: …}, {@code Guarda anche …}. */
  static boolean isInlineTeaser(LineShape line) {
    return line.words() <= INLINE_MAX_WORDS
        && (INLINE_TEASER.matcher(LEADING_SYMBOLS.matcher(line.folded()).replaceFirst("")).matches()
            || ARROWED_TEASER.matcher(line.text()).matches());
  }

  private static void removeTail(LineLedger ledger, int header, MainText.Block mainText) {
    for (int j = header + 1; j < ledger.size(); j++) {
      if (ledger.isOpen(j)
          && !ledger.shape(j).isStatement()
          && !mainText.contains(j)
          && !isDateLine(ledger, j)) {
        ledger.remove(j, RuleName.RELATED_BLOCK);
      }
    }
  }

  /**
   * Removes the teaser lines right after a mid-article header, returning the last index looked at.
   */
  private static int removeTeasersAfter(LineLedger ledger, int header, MainText.Block mainText) {
    int j = ledger.nextNonBlank(header);
    while (isTeaser(ledger, j, mainText) && !headsTheArticle(ledger, j)) {
      ledger.remove(j, RuleName.RELATED_BLOCK);
      if (j + 1 >= ledger.size() || ledger.isBlank(j + 1)) {
        int next = ledger.nextNonBlank(j);
        if (!isTeaser(ledger, next, mainText) || !isTeaserAfterBlank(ledger, next, mainText)) {
          return j;
        }
        j = next;
      } else {
        j++;
      }
    }
    return header;
  }

  /**
   * Whether the line is the article's headline, where a list of teasers above it ends: a line of
   * prose (its standfirst) stands under it, then a byline or a dateline ({@code In evidenza} / two
   * teasers / the headline / its standfirst / {@code Giulia Ferrario} / {@code 13 novembre 2025}).
   */
  private static boolean headsTheArticle(LineLedger ledger, int index) {
    int standfirst = ledger.nextNonBlank(index);
    int meta = standfirst < 0 ? -1 : ledger.nextNonBlank(standfirst);
    return meta >= 0
        && ledger.isOpen(standfirst)
        && ledger.shape(standfirst).isProse()
        && ledger.shape(standfirst).words() > ledger.shape(index).words()
        && (ledger.meta(meta).isPresent() || ledger.signature(meta).isPresent());
  }

  /**
   * A teaser line. A date alone on its line is left to the dateline reader, under a header in
   * mid-article or at the tail: the article's own media box prints it under its header ({@code
   * Audio e video sull'argomento}).
   */
  private static boolean isTeaser(LineLedger ledger, int index, MainText.Block mainText) {
    return index >= 0
        && ledger.isOpen(index)
        && !ledger.shape(index).isProse()
        && !(mainText.contains(index) && MainText.isGood(ledger.shape(index)))
        && !isDateLine(ledger, index);
  }

  private static boolean isDateLine(LineLedger ledger, int index) {
    return ledger.shape(index).words() <= DATE_LINE_MAX_WORDS && ledger.hasDate(index);
  }

  /** A date alone on its line has at most this many words: {@code Data 23.05.2011}. */
  private static final int DATE_LINE_MAX_WORDS = 4;

  /**
   * A teaser title standing after a blank line below the header's first teaser, as lists of titles
   * are printed: a headline-long line that another such title or the end of the text follows, not a
   * section heading over the paragraph of text that goes on.
   */
  private static boolean isTeaserAfterBlank(LineLedger ledger, int index, MainText.Block mainText) {
    if (!isTitleLong(ledger.shape(index))) {
      return false;
    }
    int next = ledger.nextNonBlank(index);
    return next < 0
        || !ledger.isOpen(next)
        || isTeaser(ledger, next, mainText) && isTitleLong(ledger.shape(next));
  }

  /** As long as a teaser's title, without a sentence end. */
  private static boolean isTitleLong(LineShape line) {
    return line.words() >= TEASER_MIN_WORDS
        && line.words() <= TEASER_MAX_WORDS
        && !line.isTerminated();
  }

  /** A teaser title after a blank line has at least this many words. */
  private static final int TEASER_MIN_WORDS = 5;

  /** A teaser title after a blank line has at most this many words. */
  private static final int TEASER_MAX_WORDS = 20;

  /**
   * Removes teasers without a header after the last real paragraph: truncated excerpts, each with
   * the title line above it, when there are at least two of them.
   */
  private static void removeTeaserRuns(LineLedger ledger, MainText.Block mainText) {
    int tail = ledger.lastLongProse();
    Set<Integer> teasers = new LinkedHashSet<>();
    for (int i = tail + 1; i < ledger.size(); i++) {
      if (ledger.isOpen(i) && ledger.shape(i).isTruncated() && !mainText.contains(i)) {
        int title = ledger.previousOpen(i - 1);
        if (title > tail
            && !ledger.shape(title).isTruncated()
            && !ledger.shape(title).isStatement()) {
          teasers.add(title);
        }
        teasers.add(i);
      }
    }
    if (teasers.stream().filter(i -> ledger.shape(i).isTruncated()).count() >= 2) {
      teasers.forEach(i -> ledger.remove(i, RuleName.RELATED_BLOCK));
    }
  }
}
