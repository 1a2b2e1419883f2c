package dev.redazione.extract;

import dev.redazione.core.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates written the ways Italian news sites write them — {@code 12 febbraio 2023}, {@code 12
 * feb 2023}, {@code lunedì 3 marzo 2025}, {@code 3 marzo 2025, 10:41}, {@code Pubblicato il
 * 12/02/2023 alle 10:41}, {@code Aggiornato il …}, {@code febbraio 2023}, ISO {@code
 * 2023-02-12T10:41} — with the precision the text gives and the label in front of them. Stateless
 * and thread-safe.
 */
final class ItalianDateParser {

  /** What the label in front of a date says it is. */
  enum Kind {
    PUBLISHED,
    UPDATED,
    UNLABELLED
  }

  /**
   * A date found in a text, with the span it covers (label and time included).
   *
   * @param kind what its label says
   * @param start the first character of the span
   * @param end the character after the span
   * @param date the date at the precision written
   */
  record DateHit(Kind kind, int start, int end, PublicationDate date) {
    DateHit {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(date, "date");
    }
  }

  /**
   * A date-shaped text that names no real date, such as {@code 31 febbraio 2023}.
   *
   * @param start the first character
   * @param end the character after it
   * @param text the text as written
   */
  record ImpossibleDate(int start, int end, String text) {}

  /**
   * Everything date-shaped in a text.
   *
   * @param dates the real dates, in text order
   * @param impossible the date-shaped texts that name no date
   */
  record DateScan(List<DateHit> dates, List<ImpossibleDate> impossible) {
    DateScan {
      dates = List.copyOf(dates);
      impossible = List.copyOf(impossible);
    }
  }

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
  private static final List<String> MONTHS =
      List.of(
          "gennaio",
          "febbraio",
          "marzo",
          "aprile",
          "maggio",
          "giugno",
          "luglio",
          "agosto",
          "settembre",
          "ottobre",
          "novembre",
          "dicembre");
  private static final String MONTH_NAME =
      "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre"
          + "|dicembre"
          + "|genn?|febb?|mar|apr|magg?|giu|lug|ago|sett?|ott|nov|dic";
  private static final String WEEKDAY =
      "(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lun|mar|mer|gio"
          + "|ven|sab|dom)\\.?,?\\s+";
  private static final Pattern DATE =
      Pattern.compile(
          "(?<![\\p{L}\\p{N}])(?:"
              + "(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})"
              + "(?:[T ](?<ih>\\d{1,2}):(?<imin>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?<off>Z"
              + "|[+-]\\d{2}:?\\d{2})?)?"
              + "|(?:"
              + WEEKDAY
              + ")?(?<td>\\d{1,2})(?:°|º)?\\s+(?<tm>"
              + MONTH_NAME
              + ")\\.?\\s+(?<ty>\\d{4})"
              + "|(?:"
              + WEEKDAY
              + ")?(?<nd>\\d{1,2})(?<sep>[/.-])(?<nm>\\d{1,2})\\k<sep>(?<ny>\\d{4}|\\d{2})"
              + "|(?<mm>gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre"
              + "|novembre|dicembre)\\s+(?<my>\\d{4})"
              + ")(?![\\p{L}\\p{N}])",
          FLAGS);
  private static final Pattern TIME_AFTER =
      Pattern.compile(
          "^\\s*(?:[,|]\\s*)?(?:-|–|—|alle ore|alle|ore|h\\.?"
              + "|@)?\\s*(?:ore\\s*)?(?<h>\\d{1,2})[:.](?<m>\\d{2})(?![\\p{N}])",
          FLAGS);
  private static final Pattern LABEL_BEFORE =
      Pattern.compile(
          "(?:(?<upd>aggiornat[oa]|aggiornamento|ultimo aggiornamento|ultima modifica|modificat[oa]"
              + "|modifica|updated|last updated|agg\\.)"
              + "|(?<pub>pubblicat[oa]|postat[oa]|inserit[oa]|creat[oa]|data di pubblicazione|data"
              + "|published|posted|uscit[oa]))"
              + "\\s*(?:il|in data|on|alle|:)?\\s*:?\\s*$",
          FLAGS);

  private ItalianDateParser() {}

  /** Finds every date and impossible date in the text. */
  static DateScan scan(String text) {
    List<DateHit> dates = new ArrayList<>();
    List<ImpossibleDate> impossible = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    int consumed = 0;
    while (m.find()) {
      if (m.start() < consumed) {
        continue; // inside the time of the previous date
      }
      Matcher label = LABEL_BEFORE.matcher(text.substring(consumed, m.start()));
      boolean labelled = label.find();
      int start = labelled ? consumed + label.start() : m.start();
      Kind kind =
          !labelled ? Kind.UNLABELLED : label.group("upd") != null ? Kind.UPDATED : Kind.PUBLISHED;
      Matcher time = TIME_AFTER.matcher(text.substring(m.end()));
      boolean timed =
          m.group("ih") == null && time.find() && validTime(time.group("h"), time.group("m"));
      int end = timed ? m.end() + time.end() : m.end();
      try {
        PublicationDate date = timed ? withTime(m, time) : toDate(m);
        dates.add(new DateHit(kind, start, end, date));
      } catch (DateTimeException | IllegalArgumentException notADate) {
        impossible.add(new ImpossibleDate(start, end, text.substring(start, end)));
      }
      consumed = end;
    }
    return new DateScan(dates, impossible);
  }

  private static boolean validTime(String hours, String minutes) {
    return Integer.parseInt(hours) < 24 && Integer.parseInt(minutes) < 60;
  }

  private static PublicationDate toDate(Matcher m) {
    if (m.group("iy") != null) {
      LocalDate day = LocalDate.of(number(m, "iy"), number(m, "im"), number(m, "id"));
      if (m.group("ih") == null) {
        return PublicationDate.ofDay(day);
      }
      LocalDateTime time = day.atTime(number(m, "ih"), number(m, "imin"));
      return PublicationDate.ofTime(
          time, m.group("off") == null ? null : ZoneOffset.of(offset(m.group("off"))));
    }
    if (m.group("mm") != null) {
      return PublicationDate.ofMonth(number(m, "my"), month(m.group("mm")));
    }
    return PublicationDate.ofDay(day(m));
  }

  private static PublicationDate withTime(Matcher date, Matcher time) {
    if (date.group("mm") != null) {
      throw new IllegalArgumentException("a month without a day has no time");
    }
    LocalTime clock =
        LocalTime.of(Integer.parseInt(time.group("h")), Integer.parseInt(time.group("m")));
    LocalDate day =
        date.group("iy") != null
            ? LocalDate.of(number(date, "iy"), number(date, "im"), number(date, "id"))
            : day(date);
    return PublicationDate.ofTime(day.atTime(clock), null);
  }

  private static LocalDate day(Matcher m) {
    if (m.group("td") != null) {
      return LocalDate.of(number(m, "ty"), month(m.group("tm")), number(m, "td"));
    }
    int year = number(m, "ny");
    return LocalDate.of(year < 100 ? 2000 + year : year, number(m, "nm"), number(m, "nd"));
  }

  private static int month(String name) {
    String lower = name.toLowerCase(Locale.ITALIAN);
    for (int i = 0; i < MONTHS.size(); i++) {
      if (MONTHS.get(i).startsWith(lower)) {
        return i + 1;
      }
    }
    throw new IllegalArgumentException("unknown month " + name);
  }

  private static String offset(String text) {
    if (text.equalsIgnoreCase("Z")) {
      return "Z";
    }
    return text.length() == 5 ? text.substring(0, 3) + ":" + text.substring(3) : text;
  }

  private static int number(Matcher m, String group) {
    return Integer.parseInt(m.group(group));
  }
}
