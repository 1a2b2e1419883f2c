package dev.redazione.extract;

import dev.redazione.core.DatePrecision;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import dev.redazione.core.PublicationDate;
import dev.redazione.extract.DateParser.DateHit;
import dev.redazione.extract.DateParser.ImpossibleDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes datelines and bylines out of the body into the metadata. A labelled line ({@code Pubblicato
 * il …}, {@code di Mario Rossi}) is read wherever it stands; a bare date only in the head (before
 * the body's first real paragraph) or the tail (after its last), because a date inside the article
 * — {@code nel 2019}, a timeline — does not date the article. A bare name or {@code Redazione} in
 * the head or tail is a byline when it stands next to a dateline, or when it signs the article as
 * its very last line; a bare name between the headline and the main text is a byline too. Between
 * the headline and the main text, a short line that gives a calendar day is a dateline even with
 * other page furniture on it ({@code 12.03.2024 · Politik · 3 Kommentare}); so is an agency
 * dateline opening the first paragraph ({@code ROMA, 12 maggio 2023 – …}), whose date prefix leaves
 * the paragraph. A date only above the headline, in the tail, in a copyright notice or on a
 * dateline printed twice is kept only when nothing nearer the headline dates the article. Runs
 * after the headline is taken, so a standfirst is not mistaken for the start of the body.
 */
final class DatelineReader {

  /**
   * A bare name under the headline is a byline within this many lines of it that are still open
   * (not furniture).
   */
  private static final int UNDER_HEADLINE_MAX_LINES = 6;

  /** A bio under a byline's role line has at most this many words: the lead is longer. */
  private static final int BIO_UNDER_ROLE_MAX_WORDS = 40;

  /** A line with a byline or dateline glued to its end has at most this many words. */
  static final int TRAILING_MAX_WORDS = 40;

  private static final Pattern TRAILING_BYLINE =
      Pattern.compile(" (?i:by|di|von|por|par)\\s+(?=\\p{Lu})");

  /** A line of furniture that gives the day has at most this many words. */
  static final int DATED_FURNITURE_MAX_WORDS = 20;

  /**
   * A copyright notice dates the article ({@code (12 maggio 2012) © Riproduzione riservata}) when
   * it has at most this many words; longer ones are captions that date the photo.
   */
  private static final int COPYRIGHT_DATE_MAX_WORDS = 10;

  /**
   * A dateline beside a byline dates the article up to this line of long prose of the main text (a
   * standfirst and a photo caption may stand before it).
   */
  private static final int OPENING_BYLINE_PARAGRAPHS = 3;

  /**
   * A line of dates is a timeline's heading when another stands before this many more lines of long
   * prose.
   */
  private static final int TIMELINE_PARAGRAPHS = 3;

  /** What sets the items of a line of furniture apart: a bar or a dot between spaces. */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s+[|·•]\\s+");

  /** An agency dateline's date starts within this many characters of its paragraph. */
  private static final int WIRE_DATE_MAX_START = 45;

  /** The label of a press release before its date ({@code Comunicato stampa del}). */
  private static final String RELEASE_LABEL =
      "(?i:comunicato stampa|nota stampa|press release|news release|pressemitteilung|pressemeldung"
          + "|communiqué de presse|comunicado de prensa|nota de prensa)(?:\\s+(?i:del|dell'|vom|of|du|de))?\\s*";

  /**
   * What stands before an agency dateline's date: an agency in brackets, a place of up to four
   * capitalised words maybe with its province in brackets ({@code Tavullia (Pesaro Urbino), …}), a
   * comma or a dash ({@code TORINO - 08-05-2021 -- …}); or a press release's label; or nothing.
   */
  private static final Pattern WIRE_PLACE =
      Pattern.compile(
          "(?:(?:\\(?\\p{Lu}{2,}\\)?\\s*[-–—]?\\s*)?"
              + DateParser.PLACE
              + "(?:\\s+\\(\\p{Lu}[\\p{L}'’.]*(?:\\s+\\p{Lu}[\\p{L}'’.]*){0,2}\\))?"
              + "\\s*(?:,|\\s[-–—])?\\s*|"
              + RELEASE_LABEL
              + ")?");

  /**
   * What ends an agency dateline: an agency in brackets, a dash, bar or stop, with the place after
   * a press release's date ({@code | Roma –}); or the text, glued.
   */
  private static final Pattern WIRE_END =
      Pattern.compile(
          "\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:--\\s*|[-–—:.]\\s*|\\|\\s*(?:"
              + DateParser.PLACE
              + "\\s*[-–—]\\s*)?|(?=[\\p{Lu}„“\"«]))");

  private DatelineReader() {}

  static void read(LineLedger ledger, ArticleMetadata metadata, MainText.Block block, int title) {
    int head = block.isEmpty() ? ledger.firstLongProse() : block.start();
    int tail = block.isEmpty() ? ledger.lastLongProse() : block.end();
    List<Integer> outsideBylines = new ArrayList<>();
    List<Integer> deepBylines = new ArrayList<>();
    List<Integer> outsideDates = new ArrayList<>();
    int deep = openingEnd(ledger, head, tail);
    for (int i = 0; i < ledger.size(); i++) {
      if (!ledger.isOpen(i)) {
        continue;
      }
      var parsed = ledger.meta(i);
      boolean outside = i < title || i > tail;
      if (parsed.isPresent() && outside && !parsed.get().authors().isEmpty()) {
        outsideBylines.add(i);
      } else if (parsed.isPresent() && i > deep && !parsed.get().authors().isEmpty()) {
        deepBylines.add(i);
      } else if (parsed.isPresent()
          && outside
          && !parsed.get().explicit()
          && !parsed.get().dates().isEmpty()) {
        ledger.remove(i, parsed.get().rule());
        outsideDates.add(i);
      } else if (parsed.isPresent() && (parsed.get().explicit() || i < head || i > tail)) {
        ledger.remove(i, parsed.get().rule());
        offer(ledger, metadata, i, parsed.get(), false);
      } else if (i > title && i < head && isDatedFurniture(ledger, i)) {
        List<String> signers = MetaLine.signers(ledger.text(i));
        ledger.remove(i, MetaLine.ruleOf(signers, true));
        offerDay(ledger, metadata, i, false);
        if (!signers.isEmpty()) {
          metadata.addAuthors(signers, Provenance.at(Origin.BYLINE, ledger.number(i)));
        }
      } else if (!ledger.shape(i).isStatement()
          && DateParser.isAvailabilityNotice(ledger.text(i))) {
        ledger.remove(i, RuleName.DATELINE); // how long a video stays online: it dates nothing
      }
    }
    readDeepBylines(ledger, metadata, deepBylines);
    readKickerDay(ledger, metadata, title);
    readWireDateline(ledger, metadata, head, tail);
    int opening = openingEnd(ledger, head, tail);
    readOpeningDateline(ledger, metadata, head, opening, tail);
    readOutsideDates(ledger, metadata, outsideDates, title);
    readOutsideBylines(ledger, metadata, outsideBylines, title);
    for (int i = 0; i < ledger.size(); i++) {
      boolean repeated =
          ledger.isRemovedBy(i, RuleName.REPEATED_LINE)
              && ledger.meta(i).isPresent()
              && !isAmongTeasers(ledger, i);
      boolean notice =
          ledger.isRemovedBy(i, RuleName.COPYRIGHT)
              && ledger.shape(i).words() <= COPYRIGHT_DATE_MAX_WORDS;
      if (repeated || notice) {
        offerDay(ledger, metadata, i, true);
      }
    }
    readBareNames(ledger, metadata, title, head, opening, tail);
    readRepeatedBylines(ledger, metadata, title, head);
  }

  /**
   * Whether the line stands between lines of a list of teasers, over a teaser's excerpt cut off
   * with an ellipsis ({@code Notizie correlate} / {@code Firenze} / {@code 11 Dicembre 2025} /
   * {@code Un'operatrice … […]}): a date printed with every teaser dates the teasers, not the
   * article. The article's own box of media prints its date over page tools instead.
   */
  private static boolean isAmongTeasers(LineLedger ledger, int index) {
    int above = ledger.previousNonBlank(index);
    int below = ledger.nextNonBlank(index);
    return above >= 0
        && below >= 0
        && ledger.isRemovedBy(above, RuleName.RELATED_BLOCK)
        && ledger.isRemovedBy(below, RuleName.RELATED_BLOCK)
        && ledger.shape(below).isTruncated();
  }

  /**
   * Reads a byline that the page prints twice ({@code di Anna Neri} or a bare {@code Anna Neri},
   * once over the photo and once beside the text, or under the headline and again in the author box
   * at the end), which the rule of repeated lines removed before bylines were read: it signs the
   * article when nothing else does, it is the one name printed that way under the headline, and a
   * bare name stands there twice, under a label, beside a dateline or over a role line.
   */
  private static void readRepeatedBylines(
      LineLedger ledger, ArticleMetadata metadata, int title, int head) {
    if (title < 0 || !metadata.authors().isEmpty()) {
      return;
    }
    Set<String> names = new HashSet<>();
    int first = -1;
    int lines = 0;
    for (int i = title + 1;
        i < head && i < ledger.size() && lines < UNDER_HEADLINE_MAX_LINES;
        i++) {
      if (ledger.isBlank(i)) {
        continue;
      }
      lines++;
      if (!ledger.isRemovedBy(i, RuleName.REPEATED_LINE)) {
        continue;
      }
      Optional<List<String>> signed =
          ledger.meta(i).map(MetaLine::authors).filter(authors -> !authors.isEmpty());
      Optional<String> bare = ledger.signature(i).filter(PersonName::isPersonName);
      if (signed.isPresent()) {
        names.add(String.join(", ", signed.get()));
      } else if (bare.isPresent()
          && (copies(ledger, i, title) > 1
              || labelledCopy(ledger, i)
              || nextToDateline(ledger, i, -1)
              || nextToDateline(ledger, i, 1)
              || overRoleLine(ledger, i))) {
        names.add(bare.get());
      } else {
        continue;
      }
      if (first < 0) {
        first = i;
      }
    }
    if (names.size() != 1) {
      return;
    }
    List<String> authors =
        ledger
            .meta(first)
            .map(MetaLine::authors)
            .filter(signed -> !signed.isEmpty())
            .orElseGet(() -> List.of(names.iterator().next()));
    metadata.addAuthors(authors, Provenance.at(Origin.BYLINE, ledger.number(first)));
  }

  /**
   * Reads the day of the kicker right over the headline, a line of furniture that opens with it
   * ({@code 12/03/2024 - Cronaca - Trasporti}), which the masthead rules may already have taken: it
   * dates the article weakly (only when nothing nearer does).
   */
  private static void readKickerDay(LineLedger ledger, ArticleMetadata metadata, int title) {
    int above = title < 0 ? -1 : nearestNonBlank(ledger, title, -1);
    if (above < 0
        || ledger.meta(above).isPresent()
        || !(ledger.isOpen(above)
            || ledger.isRemovedBy(above, RuleName.MASTHEAD)
            || ledger.isRemovedBy(above, RuleName.NAVIGATION))
        || !isDatedFurniture(ledger, above)
        || firstDay(ledger.text(above).strip()).filter(hit -> hit.start() == 0).isEmpty()) {
      return;
    }
    if (ledger.isOpen(above)) {
      ledger.remove(above, RuleName.DATELINE);
    }
    offerDay(ledger, metadata, above, true);
  }

  /**
   * Reads the bare datelines above the headline or below the main text, which date the article
   * weakly (only when nothing nearer does): the one nearest above the headline, unless it is the
   * day of the visit ({@link #isDayOfTheVisit}), else the one line of them below the main text.
   * Several there are the dates of teasers, archives or comments, and date nothing.
   */
  private static void readOutsideDates(
      LineLedger ledger, ArticleMetadata metadata, List<Integer> lines, int title) {
    int chosen = lines.size() == 1 ? lines.get(0) : -1;
    for (int i : lines) {
      if (i < title) {
        chosen = i;
      }
    }
    for (int i : lines) {
      MetaLine meta = ledger.meta(i).orElseThrow();
      boolean dates = i == chosen && !(i < title && isDayOfTheVisit(ledger, meta, i));
      offer(ledger, metadata, i, dates ? meta : meta.withoutDates(), true);
    }
  }

  /**
   * Whether a line of dates above the headline of an Italian text is the day the site's header
   * prints for its visitor: a weekday, a comma and one day without a time ({@code Mercoledì, 24
   * Aprile 2024}), which dates the visit, not the article. Italian writes a post's own date header
   * without the comma ({@code mercoledì 30 luglio 2025}); German writes it with one ({@code
   * Freitag, 5. Juni 2015}), so only Italian texts are read so.
   */
  private static boolean isDayOfTheVisit(LineLedger ledger, MetaLine meta, int index) {
    return ledger.stopWords().language() == StopWords.Language.IT
        && meta.dates().size() == 1
        && meta.authors().isEmpty()
        && meta.dates().get(0).date().precision() == DatePrecision.DAY
        && DateParser.opensWithWeekdayAndComma(ledger.text(index));
  }

  /**
   * Reads the bylines above the headline or below the main text: one alone signs the article when
   * nothing inside it does; several are the bylines of teasers and related articles, and sign
   * nothing. Then the one nearest the headline still dates the article, weakly (only when nothing
   * nearer does), and stays in the text for the rules of furniture.
   */
  private static void readOutsideBylines(
      LineLedger ledger, ArticleMetadata metadata, List<Integer> bylines, int title) {
    if (bylines.isEmpty()) {
      return;
    }
    if (bylines.size() == 1 && metadata.authors().isEmpty()) {
      int i = bylines.get(0);
      MetaLine meta = ledger.meta(i).orElseThrow();
      ledger.remove(i, meta.rule());
      offer(ledger, metadata, i, meta, !meta.explicit());
      return;
    }
    int nearest = bylines.get(0);
    for (int i : bylines) {
      if (Math.abs(i - title) < Math.abs(nearest - title)) {
        nearest = i;
      }
    }
    Provenance provenance = Provenance.at(Origin.DATELINE, ledger.number(nearest));
    for (DateHit hit : ledger.meta(nearest).orElseThrow().dates()) {
      if (hit.kind() != DateParser.Kind.UPDATED) {
        metadata.offerWeakDate(hit.date(), provenance);
        return;
      }
    }
  }

  /**
   * Reads the bylines inside the main text past its opening: those that all sign the same names
   * sign the article, as pages that sign at the end print it ({@code Testo: Anna Neri} and {@code
   * Autore: Anna Neri}); bylines of different people are those of teasers that the main text took
   * in (a list of related articles, reader comments), and sign nothing. Either way they leave the
   * body.
   */
  private static void readDeepBylines(
      LineLedger ledger, ArticleMetadata metadata, List<Integer> bylines) {
    Set<List<String>> signed = new HashSet<>();
    bylines.forEach(i -> signed.add(ledger.meta(i).orElseThrow().authors()));
    for (int i : bylines) {
      MetaLine meta = ledger.meta(i).orElseThrow();
      ledger.remove(i, meta.rule());
      if (signed.size() == 1) {
        offer(ledger, metadata, i, meta, false);
      }
    }
  }

  /**
   * Reads bare names as bylines: under a byline's label alone on its line ({@code Autore:} over
   * {@code Anna Neri}); over a line giving a newsroom role ({@code Anna Neri} over {@code
   * Giornalista}) outside the main text; a name or a list of names beside a dateline above or below
   * the main text, or inside its opening beside a dateline that signs no one, when no byline signs
   * the article already (a capitalised phrase beside a signed dateline is a section or a label); as
   * the line that closes the article right after its last paragraph; as the text's first line,
   * right over the main text, when no line is its headline, with a comma after the name or after
   * the date marker ({@code Anna Neri,} or {@code date 2018-10 Anna Neri} over the first paragraph:
   * a headline of a few capitalised words may read as a name too); as the first name, or list of
   * names ({@code Anna Neri, Luca Bianchi e Marta Verdi}), under the headline, within a few lines
   * of it, when no other capitalised phrase there competes with it (product names, section
   * headings).
   */
  private static void readBareNames(
      LineLedger ledger, ArticleMetadata metadata, int title, int head, int opening, int tail) {
    for (int i = 0; i < ledger.size(); i++) {
      int next = nearestNonBlank(ledger, i, 1);
      if (!ledger.isOpen(i)
          || next < 0
          || !ledger.isOpen(next)
          || !BylineParser.isLabel(ledger.text(i))
          || (i < title || i > tail) && !metadata.authors().isEmpty()) {
        continue;
      }
      Optional<String> labelled = ledger.signature(next);
      if (labelled.isPresent()) {
        ledger.remove(i, RuleName.BYLINE);
        ledger.remove(next, RuleName.BYLINE);
        metadata.addAuthors(
            List.of(labelled.get()), Provenance.at(Origin.BYLINE, ledger.number(i)));
      }
    }
    for (int i = 0; i < ledger.size(); i++) {
      int next = nearestNonBlank(ledger, i, 1);
      if (!ledger.isOpen(i)
          || next < 0
          || !ledger.isOpen(next)
          || i >= opening && i <= tail
          || (i < title || i > tail) && !metadata.authors().isEmpty()
          || !PersonName.isRoleLine(ledger.text(next))) {
        continue;
      }
      Optional<String> named = ledger.signature(i).filter(PersonName::isPersonName);
      if (named.isPresent()) {
        ledger.remove(i, RuleName.BYLINE);
        ledger.remove(next, RuleName.BYLINE);
        metadata.addAuthors(List.of(named.get()), Provenance.at(Origin.BYLINE, ledger.number(i)));
        readBioUnderRole(ledger, metadata, named.get(), next);
      }
    }
    int last = ledger.previousOpen(ledger.size() - 1);
    int closing = ledger.nextOpen(tail + 1);
    int first = nearestNonBlank(ledger, -1, 1);
    List<Integer> underHeadline = new ArrayList<>();
    for (int i = 0; i < ledger.size(); i++) {
      boolean overText =
          title < 0
              && i == first
              && nearestNonBlank(ledger, i, 1) == head
              && (ledger.text(i).endsWith(",") || ledger.lostPartTo(i, RuleName.DATE_MARKER));
      if (!ledger.isOpen(i) || i >= opening && i <= tail || i == first && !overText) {
        continue; // the first line is a headline even when no other line reads as the text's
      }
      Optional<String> name = ledger.signature(i);
      boolean inOpening = i >= head && i <= tail;
      boolean besideDateline =
          inOpening
              ? besideDateOnly(ledger, i, -1) || besideDateOnly(ledger, i, 1)
              : nextToDateline(ledger, i, -1) || nextToDateline(ledger, i, 1);
      if (name.isEmpty()) {
        Optional<List<String>> list = besideDateline ? ledger.signedNames(i) : Optional.empty();
        if (list.isPresent() && list.get().stream().allMatch(PersonName::isPersonName)) {
          ledger.remove(i, RuleName.BYLINE);
          metadata.addAuthors(list.get(), Provenance.at(Origin.BYLINE, ledger.number(i)));
        } else if (title >= 0 && i > title && i < opening && ledger.plainNames(i).isPresent()) {
          underHeadline.add(i); // "Anna Neri, Luca Bianchi e Marta Verdi" under the headline
        }
        continue;
      }
      if (besideDateline && !metadata.authors().isEmpty()) {
        continue; // a name beside a dateline that another byline signs is a section or a label
      }
      if (besideDateline
          || overText && PersonName.isPersonName(name.get())
          || i == last && i > tail && i == closing) {
        ledger.remove(i, RuleName.BYLINE);
        metadata.addAuthors(List.of(name.get()), Provenance.at(Origin.BYLINE, ledger.number(i)));
      } else if (title >= 0
          && i > title
          && (i < head || underLead(ledger, title, head, i))
          && PersonName.isPersonName(name.get())) {
        underHeadline.add(i);
      }
    }
    boolean headings = false;
    for (int i = Math.max(title + 1, 0); i < head && i < ledger.size(); i++) {
      headings |= ledger.isOpen(i) && PersonName.isChromePhrase(ledger.text(i));
    }
    Set<String> names = new HashSet<>();
    underHeadline.forEach(i -> names.add(ledger.text(i).strip()));
    if (names.size() == 1
        && !headings
        && metadata.authors().isEmpty()
        && openBetween(ledger, title, underHeadline.get(0)) <= UNDER_HEADLINE_MAX_LINES) {
      for (int i : underHeadline) {
        ledger.remove(i, RuleName.BYLINE);
        metadata.addAuthors(
            ledger.signature(i).map(List::of).or(() -> ledger.plainNames(i)).orElseThrow(),
            Provenance.at(Origin.BYLINE, ledger.number(i)));
      }
    }
  }

  /**
   * Whether the line stands right under a lead of one paragraph that comes right after the headline
   * ({@code Titolo} / {@code Il sommario in una frase.} / {@code ANNA NERI}), with no blank line
   * between: a byline closes the standfirst, where a heading after a blank line opens the
   * paragraphs under it.
   */
  private static boolean underLead(LineLedger ledger, int title, int head, int index) {
    return nearestNonBlank(ledger, title, 1) == head && head + 1 == index;
  }

  /** Whether the next line gives a role, as under an author's name ({@code Co-founder of X}). */
  private static boolean overRoleLine(LineLedger ledger, int index) {
    int next = nearestNonBlank(ledger, index, 1);
    return next >= 0 && PersonName.isRoleLine(ledger.text(next));
  }

  /** How many of the first lines under the headline print the same text as this one. */
  private static int copies(LineLedger ledger, int index, int title) {
    String text = ledger.text(index).strip();
    int count = 0;
    int lines = 0;
    for (int i = title + 1; i < ledger.size() && lines < UNDER_HEADLINE_MAX_LINES; i++) {
      if (!ledger.isBlank(i) && ++lines > 0 && ledger.text(i).strip().equals(text)) {
        count++;
      }
    }
    return count;
  }

  /** Whether a copy of this line anywhere in the text stands under a byline's label alone. */
  private static boolean labelledCopy(LineLedger ledger, int index) {
    String text = ledger.text(index).strip();
    for (int i = 0; i < ledger.size(); i++) {
      int above = nearestNonBlank(ledger, i, -1);
      if (above >= 0
          && ledger.text(i).strip().equals(text)
          && BylineParser.isLabel(ledger.text(above))) {
        return true;
      }
    }
    return false;
  }

  private static int openBetween(LineLedger ledger, int from, int to) {
    int count = 0;
    for (int i = from + 1; i < to; i++) {
      if (ledger.isOpen(i)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Reads the dateline in the main text's opening: the first line there that gives a time of day
   * ({@code Nov. 19, 2019 8:03 am ET}), or a calendar day beside furniture rather than between two
   * paragraphs (where a bare date is a heading, as in a timeline, unless it refines the date the
   * text has already), or a line of furniture that opens with its day ({@code 12.11.2021 · Artikel
   * · Drucken}), or, beside a byline or a bare name ({@code By Ann Lee} over {@code Aug. 16,
   * 2020}), any date, up to the third paragraph of long prose when it stands beside one (a
   * standfirst and a photo caption may come first). A line of dates with another in the paragraphs
   * that follow it belongs to a timeline, whose dates are headings that do not date the article.
   */
  private static void readOpeningDateline(
      LineLedger ledger, ArticleMetadata metadata, int head, int opening, int tail) {
    int reach = longProseEnd(ledger, head, tail, OPENING_BYLINE_PARAGRAPHS);
    int i = head;
    while (i < reach
        && !(ledger.isOpen(i) && (isDateLine(ledger, i) || isLedByItsDay(ledger, i)))) {
      i++;
    }
    if (i >= reach || datedLineFollows(ledger, i, tail)) {
      return;
    }
    boolean signed = besideSignature(ledger, i, -1) || besideSignature(ledger, i, 1);
    Optional<MetaLine> meta = ledger.meta(i).filter(m -> !m.dates().isEmpty());
    boolean timed =
        meta.filter(
                m -> m.dates().stream().anyMatch(d -> d.date().precision() == DatePrecision.TIME))
            .isPresent();
    boolean day = meta.map(DatelineReader::givesDay).orElse(true);
    boolean heading =
        meta.isPresent()
            && isProse(ledger, i, -1)
            && isProse(ledger, i, 1)
            && !refinesTheDate(metadata, meta.get());
    if (!signed && (i >= opening || !timed && (!day || heading))) {
      return;
    }
    if (meta.isPresent()) {
      ledger.remove(i, meta.get().rule());
      offer(ledger, metadata, i, meta.get(), false);
    } else {
      ledger.remove(i, RuleName.DATELINE);
      offerDay(ledger, metadata, i, false);
    }
  }

  /**
   * Whether the line's first date says more precisely when the text is dated already ({@code [19
   * Agosto 2019]} under a marker {@code date 2019-08}): the article's day, no heading.
   */
  private static boolean refinesTheDate(ArticleMetadata metadata, MetaLine meta) {
    return metadata
        .date()
        .filter(known -> meta.dates().get(0).date().refines(known.value()))
        .isPresent();
  }

  /**
   * A line of furniture that opens with the day it gives ({@code 12.11.2021 · Artikel · Drucken}),
   * as a caption or a sentence ending with a date does not.
   */
  private static boolean isLedByItsDay(LineLedger ledger, int index) {
    String text = ledger.text(index).strip();
    return isDatedFurniture(ledger, index)
        && (firstDay(text).filter(hit -> hit.start() == 0).isPresent() || hasDayItem(text));
  }

  /**
   * Whether the line is a row of items set apart by bars or dots, one of which opens with a day
   * ({@code di Anna Neri | 12 marzo 2024 | Cronaca}, {@code By Ann Lee · May 2, 2024 · 3 min}).
   */
  private static boolean hasDayItem(String text) {
    String[] items = ITEM_SEPARATOR.split(text);
    if (items.length < 2) {
      return false;
    }
    for (String item : items) {
      if (firstDay(item.strip()).filter(hit -> hit.start() == 0).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDateLine(LineLedger ledger, int index) {
    return ledger.meta(index).filter(m -> !m.dates().isEmpty()).isPresent();
  }

  /**
   * Whether another line of dates stands in the main text within the paragraphs of long prose that
   * follow the line, as in a timeline.
   */
  private static boolean datedLineFollows(LineLedger ledger, int index, int tail) {
    int end = longProseEnd(ledger, index + 1, tail, TIMELINE_PARAGRAPHS);
    for (int i = index + 1; i < end; i++) {
      if (ledger.isOpen(i) && isDateLine(ledger, i)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The index of the given count-th line of long prose from a line on, within the main text; the
   * end of the main text when there are fewer. A paragraph printed again (a standfirst over the
   * text and in it) counts once.
   */
  private static int longProseEnd(LineLedger ledger, int from, int tail, int count) {
    Set<String> seen = new HashSet<>();
    for (int i = from; i <= tail && i < ledger.size(); i++) {
      if (ledger.isOpen(i)
          && ledger.shape(i).isLongProse()
          && seen.add(ledger.text(i))
          && seen.size() == count) {
        return i;
      }
    }
    return Math.min(tail + 1, ledger.size());
  }

  /** Whether the nearest non-blank line in that direction is long prose of the text. */
  private static boolean isProse(LineLedger ledger, int index, int step) {
    int near = nearestNonBlank(ledger, index, step);
    return near >= 0 && ledger.isOpen(near) && ledger.shape(near).isLongProse();
  }

  /**
   * Reads the bio that a byline's role line may have under it, before the text goes on ({@code Anna
   * Neri} / {@code Editor di economia} / {@code Laureata in Scienze Politiche…}): a short line that
   * opens like a bio goes to the author, out of the body.
   */
  private static void readBioUnderRole(
      LineLedger ledger, ArticleMetadata metadata, String name, int role) {
    int bio = nearestNonBlank(ledger, role, 1);
    if (bio < 0
        || !ledger.isOpen(bio)
        || ledger.shape(bio).words() > BIO_UNDER_ROLE_MAX_WORDS
        || !AuthorBoxDetector.opensBio(ledger.shape(bio))
        || ledger.nextOpen(bio + 1) < 0) {
      return;
    }
    ledger.remove(bio, RuleName.AUTHOR_BOX);
    metadata.addAuthorBox(
        name, ledger.text(bio), Provenance.at(Origin.AUTHOR_BOX, ledger.number(bio)));
  }

  /** Whether the nearest non-blank line in that direction is a byline or a bare person's name. */
  private static boolean besideSignature(LineLedger ledger, int index, int step) {
    int near = nearestNonBlank(ledger, index, step);
    if (near < 0) {
      return false;
    }
    if (ledger.role(near) == LineLedger.Role.REMOVED) {
      return ledger.meta(near).filter(m -> !m.authors().isEmpty()).isPresent();
    }
    return ledger.isOpen(near)
        && ledger.signature(near).filter(PersonName::isPersonName).isPresent();
  }

  private static int nearestNonBlank(LineLedger ledger, int index, int step) {
    int near = index + step;
    while (near >= 0 && near < ledger.size() && ledger.isBlank(near)) {
      near += step;
    }
    return near >= 0 && near < ledger.size() ? near : -1;
  }

  /**
   * The end of the main text's opening: the index of its second line of long prose. A dateline
   * there ({@code 12 maggio 2023}, {@code Nov. 19, 2019 8:03 am ET}) stands between a standfirst or
   * photo caption and the article's first paragraph, as pages print it, and dates the article.
   */
  private static int openingEnd(LineLedger ledger, int head, int tail) {
    return longProseEnd(ledger, head, tail, 2);
  }

  /** A short line that is not prose and gives a calendar day among other things. */
  private static boolean isDatedFurniture(LineLedger ledger, int index) {
    LineShape shape = ledger.shape(index);
    return shape.words() <= DATED_FURNITURE_MAX_WORDS
        && !shape.isStatement()
        && ledger.hasDate(index)
        && firstDay(ledger.text(index)).isPresent();
  }

  private static Optional<DateHit> firstDay(String text) {
    return DateParser.scan(text).dates().stream()
        .filter(d -> d.date().localDate().isPresent())
        .findFirst();
  }

  /**
   * The label alone on the line above a dateline ({@code Ultimo aggiornamento:} over {@code 3
   * dicembre 2025}), which says what its dates are; the label line goes with the dateline.
   */
  private static Optional<DateParser.Kind> labelAbove(LineLedger ledger, int index) {
    int above = nearestNonBlank(ledger, index, -1);
    if (above < 0) {
      return Optional.empty();
    }
    Optional<DateParser.Kind> label = DateParser.labelKind(ledger.text(above));
    if (label.isPresent() && ledger.isOpen(above)) {
      ledger.remove(above, RuleName.DATELINE);
    }
    return label;
  }

  /** What a date is: what its own label says, else what the label above its line says. */
  private static DateParser.Kind kindOf(DateHit hit, Optional<DateParser.Kind> label) {
    return hit.kind() == DateParser.Kind.UNLABELLED ? label.orElse(hit.kind()) : hit.kind();
  }

  /** Offers the first calendar day written in a line. */
  private static void offerDay(
      LineLedger ledger, ArticleMetadata metadata, int index, boolean weak) {
    firstDay(ledger.text(index))
        .ifPresent(
            hit -> {
              Provenance provenance = Provenance.at(Origin.DATELINE, ledger.number(index));
              if (kindOf(hit, labelAbove(ledger, index)) == DateParser.Kind.UPDATED) {
                metadata.offerUpdated(hit.date(), provenance);
              } else if (weak) {
                metadata.offerWeakDate(hit.date(), provenance);
              } else {
                metadata.offerDate(hit.date(), provenance);
              }
            });
  }

  /**
   * Reads an agency dateline opening a paragraph of the main text's opening ({@code ROMA, 12 maggio
   * 2023 – …}, {@code Berlin, 29. November 2022. …}, a press release's {@code Comunicato stampa del
   * 12 marzo 2024 | …}, or the bare day of a release, {@code 12/03/2024 – …}): in the first
   * paragraph of long prose, or in the second or third after a standfirst, unless another of them
   * opens with a date too (a timeline's entries). A dateline with a place or label leaves the
   * paragraph; a bare day stays in it, as it may be what the paragraph's first sentence is about.
   */
  private static void readWireDateline(
      LineLedger ledger, ArticleMetadata metadata, int head, int tail) {
    int reach = longProseEnd(ledger, head, tail, OPENING_BYLINE_PARAGRAPHS + 1);
    int found = -1;
    Matcher end = null;
    DateHit hit = null;
    for (int i = ledger.nextOpen(head); i >= 0 && i < reach; i = ledger.nextOpen(i + 1)) {
      if (!ledger.shape(i).isLongProse()) {
        continue;
      }
      Optional<Matcher> wire = wireDateline(ledger, i);
      if (wire.isEmpty()) {
        continue;
      }
      if (found >= 0) {
        return; // two paragraphs opening with a date: a timeline
      }
      found = i;
      end = wire.get();
      hit = firstWireHit(ledger.text(i)).orElseThrow();
    }
    if (found < 0) {
      readAgencyDay(ledger, metadata, head, reach);
      return;
    }
    if (hit.start() > 0) {
      ledger.removePrefix(found, end.end(), RuleName.DATELINE);
    }
    metadata.offerDate(hit.date(), Provenance.at(Origin.DATELINE, ledger.number(found)));
  }

  /**
   * Reads an agency dateline without a year opening the first paragraph of long prose ({@code
   * (ANSA) - NAPOLI, 3 DIC - …}) when the text is dated already to its year or month ({@code date
   * 2018-12}): the dateline gives the day of that month. Without such a date it dates nothing, as
   * the year would be a guess.
   */
  private static void readAgencyDay(
      LineLedger ledger, ArticleMetadata metadata, int head, int reach) {
    int first = ledger.nextOpen(head);
    while (first >= 0 && first < reach && !ledger.shape(first).isLongProse()) {
      first = ledger.nextOpen(first + 1);
    }
    if (first < 0 || first >= reach || metadata.date().isEmpty()) {
      return;
    }
    Optional<DateParser.AgencyDay> day = DateParser.agencyDay(ledger.text(first));
    if (day.isEmpty()) {
      return;
    }
    PublicationDate known = metadata.date().get().value();
    PublicationDate date;
    try {
      date = PublicationDate.ofDay(LocalDate.of(known.year(), day.get().month(), day.get().day()));
    } catch (DateTimeException impossible) {
      return; // "31 NOV": no day of that month, so the dateline dates nothing
    }
    if (date.refines(known)) {
      ledger.removePrefix(first, day.get().end(), RuleName.DATELINE);
      metadata.offerDate(date, Provenance.at(Origin.DATELINE, ledger.number(first)));
    }
  }

  /** The end of the agency dateline that opens the line, if it opens with one. */
  private static Optional<Matcher> wireDateline(LineLedger ledger, int index) {
    if (!ledger.hasDate(index)) {
      return Optional.empty();
    }
    String text = ledger.text(index);
    Optional<DateHit> hit = firstWireHit(text);
    if (hit.isEmpty()
        || hit.get().start() > WIRE_DATE_MAX_START
        || hit.get().date().localDate().isEmpty()
        || !WIRE_PLACE.matcher(text.substring(0, hit.get().start())).matches()) {
      return Optional.empty();
    }
    Matcher end = WIRE_END.matcher(text).region(hit.get().end(), text.length());
    return end.lookingAt() ? Optional.of(end) : Optional.empty();
  }

  private static Optional<DateHit> firstWireHit(String text) {
    return DateParser.scan(text.substring(0, Math.min(text.length(), WIRE_DATE_MAX_START + 40)))
        .dates()
        .stream()
        .findFirst();
  }

  /**
   * Whether the nearest non-blank line in that direction, past a reading time, was read as a
   * dateline or byline: a meta line, or a dated line of furniture that other furniture shares
   * ({@code 12 maggio 2023 | Cronaca | Stampa l'articolo}).
   */
  private static boolean nextToDateline(LineLedger ledger, int index, int step) {
    for (int i = index + step; i >= 0 && i < ledger.size(); i += step) {
      if (ledger.isBlank(i)) {
        continue;
      }
      boolean read =
          ledger.role(i) == LineLedger.Role.REMOVED
              && (ledger.meta(i).isPresent()
                  || ledger.isRemovedBy(i, RuleName.DATELINE) && ledger.hasDate(i));
      if (read || !ledger.isRemovedBy(i, RuleName.READING_TIME)) {
        return read;
      }
    }
    return false;
  }

  /**
   * Whether the nearest non-blank line in that direction was read as a dateline that signs no one:
   * inside the main text's opening a bare name is a byline only beside such a line, not beside
   * another byline (a name over {@code di Anna Neri} is a caption or a tag, not a second author).
   */
  private static boolean besideDateOnly(LineLedger ledger, int index, int step) {
    int near = nearestNonBlank(ledger, index, step);
    return near >= 0
        && ledger.role(near) == LineLedger.Role.REMOVED
        && ledger.meta(near).filter(m -> !m.dates().isEmpty() && m.authors().isEmpty()).isPresent();
  }

  /**
   * Splits the byline or dateline off the end of a line above the main text, as pages glue them to
   * the headline ({@code Titolo di Mario Rossi 12 febbraio 2023}, {@code Title by Ann Lee on May 2,
   * 2019}): the line keeps the words before it, and the rest is read as metadata. Only a rest that
   * gives a calendar day is split off: "di" and "by" alone end many headlines ({@code Udienza di
   * Papa Francesco}), and a month alone ends teasers and notices ({@code Chiude entro febbraio
   * 2020}, {@code En kiosque : mars 2021}); a name before the date has two words at least ({@link
   * #namesBeforeDateAreFull}). A date the headline names itself ({@link HeadlineText#ownsDate}) is
   * read but stays in the line.
   */
  static void readTrailing(LineLedger ledger, ArticleMetadata metadata, MainText.Block block) {
    int limit = block.isEmpty() ? 0 : block.start();
    for (int i = 0; i < limit; i++) {
      if (!ledger.isOpen(i)
          || ledger.meta(i).isPresent()
          || ledger.shape(i).words() > TRAILING_MAX_WORDS
          || !ledger.hasDate(i)) {
        continue; // only a rest that gives a day is split off, so a line without a date has none
      }
      String text = ledger.text(i);
      for (int split : splitPoints(text)) {
        String head = text.substring(0, split).strip();
        String rest = text.substring(split).strip();
        Optional<MetaLine> meta = MetaLine.parse(rest);
        if (LineShape.of(head).words() >= 2
            && meta.isPresent()
            && givesDay(meta.get())
            && namesBeforeDateAreFull(rest, meta.get())) {
          if (!meta.get().authors().isEmpty() || !HeadlineText.ownsDate(text, ledger.stopWords())) {
            ledger.removeSuffix(i, split, meta.get().rule());
          }
          offer(ledger, metadata, i, meta.get(), false);
          break;
        }
      }
    }
  }

  /**
   * Whether the names the split-off metadata signs before its date have two words at least: one
   * word between "di" and a date at the end of a line is a place or a thing as often as a name
   * ({@code … agli Europei di Londra, 18 maggio 2016}); after the date, it is the post's author
   * ({@code … 18:18 von Creeny}).
   */
  private static boolean namesBeforeDateAreFull(String rest, MetaLine meta) {
    if (meta.authors().stream().allMatch(name -> name.strip().indexOf(' ') > 0)) {
      return true;
    }
    int date = meta.dates().stream().mapToInt(DateHit::start).min().orElse(0);
    String first = meta.authors().get(0).toLowerCase(Locale.ROOT);
    return rest.toLowerCase(Locale.ROOT).indexOf(first) > date;
  }

  private static boolean givesDay(MetaLine meta) {
    return meta.dates().stream().anyMatch(d -> d.date().localDate().isPresent());
  }

  /** Where a byline or date may start: before "by"/"di"/"von"… and at each date. */
  private static List<Integer> splitPoints(String text) {
    List<Integer> points = new ArrayList<>();
    Matcher by = TRAILING_BYLINE.matcher(text);
    while (by.find()) {
      points.add(by.start() + 1);
    }
    DateParser.scan(text).dates().forEach(d -> points.add(d.start()));
    points.removeIf(p -> p <= 0);
    points.sort(Integer::compare);
    return points;
  }

  private static void offer(
      LineLedger ledger, ArticleMetadata metadata, int index, MetaLine meta, boolean weak) {
    int line = ledger.number(index);
    Optional<DateParser.Kind> label =
        meta.dates().isEmpty() ? Optional.empty() : labelAbove(ledger, index);
    for (DateHit hit : meta.dates()) {
      Provenance provenance = Provenance.at(Origin.DATELINE, line);
      if (kindOf(hit, label) == DateParser.Kind.UPDATED) {
        metadata.offerUpdated(hit.date(), provenance);
      } else if (weak) {
        metadata.offerWeakDate(hit.date(), provenance);
      } else if (hit.kind() == DateParser.Kind.PUBLISHED) {
        metadata.offerLabelledDate(hit.date(), provenance);
      } else {
        metadata.offerDate(hit.date(), provenance);
      }
    }
    for (ImpossibleDate impossible : meta.impossible()) {
      metadata.report(
          Diagnostic.warning(
              metadata.path(),
              line,
              DiagnosticCode.INVALID_DATE.code(),
              "`"
                  + impossible.text()
                  + "` on line "
                  + line
                  + " is not a real date; expected a day such as 12 febbraio 2023 or 12/02/2023"));
    }
    if (!meta.authors().isEmpty()) {
      metadata.addAuthors(meta.authors(), Provenance.at(Origin.BYLINE, line));
    }
  }
}
