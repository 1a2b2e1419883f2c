package dev.redazione.extract;

import dev.redazione.core.DatePrecision;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a headline line ends as a title: before a separator left dangling at its end, where the
 * page glued a section, a site name or a date to it ({@code Notizie sull'IA / Aggiornato: …} once
 * its date is read, {@code Titolo |}); and not before a date that the headline itself names ({@code
 * Sciopero dei treni, il bollettino di oggi 3 agosto 2024}).
 */
final class HeadlineText {

  /** Separators of a page's title parts, with the spaces before them, at the end of a line. */
  private static final Pattern DANGLING_SEPARATOR = Pattern.compile("(?:\\s+[/|·•–—-])+\\s*$");

  /**
   * A kicker of two or three words in capitals, the last maybe a year, glued before a headline in
   * mixed case: {@code GIRO D'ITALIA Giorno di riposo al Giro}, {@code GIUBILEO 2025 Sono più di
   * …}.
   */
  private static final Pattern GLUED_KICKER =
      Pattern.compile(
          "(?:\\p{Lu}[\\p{Lu}'’.-]*\\s+){1,2}(?:\\p{Lu}[\\p{Lu}'’.-]*|\\d{4})\\s+(?=\\p{Lu}\\p{Ll})");

  /** A headline after a glued kicker has at least this many words. */
  static final int AFTER_KICKER_MIN_WORDS = 4;

  /** A gallery's pager printed after its headline: {@code … a 20 euro (1 / 2)}. */
  private static final Pattern GALLERY_PAGER =
      Pattern.compile("\\s+\\(\\d{1,3}\\s*/\\s*\\d{1,3}\\)\\s*$");

  /** Words naming a day, which a date after them completes: {@code oggi 21 settembre}. */
  private static final Pattern DAY_WORD =
      Pattern.compile(
          "(?iu:oggi|domani|ieri|stasera|stanotte|today|tonight|tomorrow|yesterday|heute|morgen"
              + "|gestern|hoy|mañana|ayer|aujourd'hui|demain|hier|hoje|amanhã|ontem)");

  /** A headline that names a date has at least this many words before it. */
  static final int OWN_DATE_MIN_WORDS = 4;

  private HeadlineText() {}

  /**
   * The index where a separator left dangling at the end of the line starts, or -1 when it has none
   * or is nothing but separators.
   */
  static int danglingSeparator(String line) {
    Matcher separator = DANGLING_SEPARATOR.matcher(line);
    return separator.find() && !line.substring(0, separator.start()).isBlank()
        ? separator.start()
        : -1;
  }

  /**
   * The index where the headline starts after a kicker glued before it ({@link #GLUED_KICKER}), or
   * -1 when it has none or what follows is shorter than {@value #AFTER_KICKER_MIN_WORDS} words.
   */
  static int afterGluedKicker(String line) {
    Matcher kicker = GLUED_KICKER.matcher(line);
    return kicker.lookingAt()
            && LineShape.of(line.substring(kicker.end())).words() >= AFTER_KICKER_MIN_WORDS
        ? kicker.end()
        : -1;
  }

  /** The index where a gallery's pager at the end of the line starts, or -1 when it has none. */
  static int galleryPager(String line) {
    Matcher pager = GALLERY_PAGER.matcher(line);
    return pager.find() && !line.substring(0, pager.start()).isBlank() ? pager.start() : -1;
  }

  /**
   * Whether the date at the end of the line is part of its headline, not a dateline glued to it:
   * the line's only date, a calendar day without label or time, after at least {@value
   * #OWN_DATE_MIN_WORDS} words of which the last is a function word or names a day, so that the
   * date completes the sentence ({@code … il bollettino di oggi 3 agosto 2024}, {@code Sciopero dei
   * treni del 12 marzo 2024}).
   */
  static boolean ownsDate(String line, StopWords stopWords) {
    List<DateParser.DateHit> dates = DateParser.scan(line).dates();
    if (dates.size() != 1) {
      return false;
    }
    DateParser.DateHit hit = dates.get(0);
    if (hit.kind() != DateParser.Kind.UNLABELLED
        || hit.date().precision() != DatePrecision.DAY
        || !line.substring(hit.end()).isBlank()) {
      return false;
    }
    String head = line.substring(0, hit.start()).strip();
    if (LineShape.of(head, stopWords).words() < OWN_DATE_MIN_WORDS) {
      return false;
    }
    String last = head.substring(head.lastIndexOf(' ') + 1);
    return DAY_WORD.matcher(last).matches() || stopWords.isStopWord(last);
  }
}
