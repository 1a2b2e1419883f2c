package dev.redazione.extract;

import dev.redazione.core.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds dates written the ways news sites write them, in Italian, English, German, Spanish, French,
 * Portuguese and Russian — {@code 12 febbraio 2023}, {@code 12 FEB 2023}, {@code lunedì 3 marzo
 * 2025}, {@code 3 marzo 2025, 10:41}, {@code 28 luglio 202010:43}, {@code Pubblicato il 12/02/2023
 * alle 10:41}, {@code Aggiornato il …}, {@code febbraio 2023}, ISO {@code 2023-02-12T10:41}, {@code
 * November 19, 2019 8:54 am PT}, {@code 30. Juli 2018}, {@code 22 de janeiro de 2018}, {@code 11
 * октября 2018}, year first {@code 2016.12.01}, glued to a label ({@code Erstellt am09.02.2022}) or
 * to the word after it ({@code 12 marzo 2024di Paolo Greco}) — with the precision the text gives
 * and the label in front of them. Day-month-year order is read for numeric dates, month-day-year
 * only where no other reading exists ({@code 11/19/2019}). Stateless and thread-safe.
 */
final class DateParser {

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

  /**
   * The month names and abbreviations of Italian, English, German, Spanish, French and Portuguese
   * (and the Russian names as dates write them, in the genitive), lowercase, each with its month.
   */
  private static final Map<String, Integer> MONTHS = months();

  private static final String MONTH_NAME = alternation(MONTHS.keySet());
  private static final String FULL_MONTH_NAME =
      alternation(
          MONTHS.keySet().stream()
              .filter(
                  name ->
                      name.length() > 4
                              && !Set.of("febb", "genn", "magg", "sett", "févr", "janv", "juil")
                                  .contains(name)
                          || Set.of("may", "mai", "mayo", "maio", "june", "juni", "juin", "july")
                              .contains(name)
                          || Set.of("juli", "mars", "août", "aout", "märz").contains(name))
              .toList());
  private static final String WEEKDAY_NAME =
      "(?:luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|sabato|domenica|lun|mar|mer|gio"
          + "|ven|sab|dom|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?"
          + "|wed|thu(?:rs?)?|fri|sat|sun|montag|dienstag|mittwoch|donnerstag|freitag|samstag"
          + "|sonntag|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo|lundi|mardi|mercredi"
          + "|jeudi|vendredi|samedi|dimanche|(?:segunda|terça|quarta|quinta|sexta)(?:-feira)?)";
  private static final String WEEKDAY = WEEKDAY_NAME + "\\.?,?\\s+";
  private static final String TIME_ZONE =
      "(?-i:UTC|GMT|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|PT|ET|BST|HST|IST|AEST|AEDT|JST|KST"
          + "|MEZ|MESZ)";
  private static final String ORDINAL = "(?:°|º|st|nd|rd|th|er|\\.)?";

  /**
   * The short words that end a date's label, which pasted pages glue to the date ({@code Erstellt
   * am09.02.2022}, {@code Pubblicato il12/02/2023}): a date may start right after one.
   */
  private static final String GLUED_LABEL_END =
      "(?<=(?<![\\p{L}])(?:il|am|on|el|le|em|del|vom|du))(?=\\d)";

  /**
   * The short words that follow a date's year on a pasted dateline, glued to it where the page set
   * the date and the next item side by side ({@code 12 marzo 2024di Paolo Greco}, {@code September
   * 15, 2020byAnn Lee}, {@code 13 December 2025in Science}): a date may end right before one, when
   * no lowercase letter follows it ({@code 2024indagine} is no date).
   */
  private static final String GLUED_WORD_AFTER =
      "(?<=\\d{4})(?=(?-i:(?:di|da|in|by|von|por|par|em|en)(?!\\p{Ll})))";

  /**
   * A day written with its month's name and its year glued to the label a page prints before it
   * ({@code News20 ago 2019}, {@code FIMI11 apr 2023}): a date may start right after a letter.
   */
  private static final String GLUED_DAY_START =
      "(?<=\\p{L})(?=\\d{1,2}\\s+(?:" + MONTH_NAME + ")\\.?\\s+\\d{4}(?!\\d))";

  private static final Pattern DATE =
      Pattern.compile(
          "(?:(?<![\\p{L}\\p{N}])|(?<=(?-i:[a-zà-ÿ]))(?=(?-i:[A-ZÀ-Ý]))|"
              + GLUED_LABEL_END
              + "|"
              + GLUED_DAY_START
              + ")(?:"
              + "(?<iy>\\d{4})-(?<im>\\d{1,2})-(?<id>\\d{1,2})"
              + "(?:[T ](?<ih>\\d{1,2}):(?<imin>\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?<off>Z"
              + "|[+-]\\d{2}:?\\d{2})?)?"
              + "|(?:"
              + WEEKDAY
              + ")?(?<td>\\d{1,2})"
              + ORDINAL
              + "(?:\\s+de)?\\s+(?<tm>"
              + MONTH_NAME
              + ")\\.?(?:\\s+del?|,)?\\s+(?<ty>\\d{4})"
              + "|(?:"
              + WEEKDAY
              + ")?(?<um>"
              + MONTH_NAME
              + ")\\.?\\s+(?<ud>\\d{1,2})(?:st|nd|rd|th)?[,.]?\\s+(?<uy>\\d{4})"
              + "|(?<![/])(?<yy>\\d{4})(?<ysep>[/.])(?<ym>\\d{2})\\k<ysep>(?<yd>\\d{2})(?![/])"
              + "|(?:"
              + WEEKDAY
              + ")?(?<nd>\\d{1,2})(?<sep>[/.-])(?<nm>\\d{1,2})\\k<sep>(?<ny>\\d{4}|\\d{2})"
              + "|(?<mm>"
              + FULL_MONTH_NAME
              + ")(?:\\s+de)?\\s+(?<my>\\d{4})"
              + ")(?:(?![\\p{L}\\p{N}])|(?=\\d{1,2}[:.]\\d{2}(?!\\d))|(?<=\\d{4})(?=(?-i:\\p{Lu}))|"
              + GLUED_WORD_AFTER
              + ")",
          FLAGS);
  private static final Pattern TIME_AFTER =
      Pattern.compile(
          "^\\s*(?:[,|/•·]\\s*)?(?:-|–|—|alle ore|alle|ore|h\\.?|@|at|um|à|às|a las|a la|kl\\.?)?"
              + "\\s*(?:ore\\s*)?(?<h>\\d{1,2})(?:[:.]|h(?=\\d))(?<m>\\d{2})(?![\\p{N}])"
              + "(?:\\s?(?<ampm>[ap])\\.?\\s?m\\b\\.?)?(?:\\s*uhr\\b)?"
              + "(?:\\s+"
              + TIME_ZONE
              + "\\b)?",
          FLAGS);

  /**
   * What goes with a date on a dateline without being one: a weekday, a time of day (with its
   * label, am/pm and zone), a time zone.
   */
  private static final Pattern DATE_COMPANION =
      Pattern.compile(
          WEEKDAY_NAME
              + "\\.?|(?:ore|h\\.?|alle|um|at|à|às|kl\\.?)?\\s*\\d{1,2}(?:[:.]|h(?=\\d))\\d{2}(?::\\d{2})?"
              + "\\s?(?:[ap]\\.?\\s?m\\b\\.?)?(?:\\s*uhr)?(?:\\s*(?:"
              + TIME_ZONE
              + "|ist|hs|hrs?\\.?|h))?|"
              + TIME_ZONE
              + "|ist|hs|hrs?\\.?",
          FLAGS);

  private static final Pattern LABEL_BEFORE =
      Pattern.compile(
          "(?<!(?-i:\\p{Ll}))(?:(?<upd>aggiornat[oa]|aggiornamento|ultimo aggiornamento|ultima modifica|modificat[oa]"
              + "|modifica|updated|last updated|last update|update|agg\\.|aktualisiert|zuletzt aktualisiert"
              + "|geändert|actualizad[oa]|actualización|atualizad[oa]|mis à jour|mise à jour"
              + "|modifié(?:e)?)"
              + "|(?<pub>pubblicat[oa]|postat[oa]|inserit[oa]|creat[oa]|data (?:di )?pubblicazione"
              + "|data|date|publication date|date published|publish(?:ed)? date"
              + "|veröffentlichungsdatum|fecha de publicación"
              + "|data de publicação"
              + "|stand(?: des artikels)?|erstellt|publiziert|written|created"
              + "|published|posted|uscit[oa]|veröffentlicht|erschienen|datum|publicad[oa]|fecha"
              + "|publié(?:e)?|date de publication))"
              + "\\s*(?:il|in data|on(?: the)?|am|el|le|em|alle|:)?\\s*:?\\s*"
              + "(?:\\d{1,2}[:.]\\d{2}\\s?(?:[ap]\\.?m\\.?)?(?:\\s+"
              + TIME_ZONE
              + ")?\\s*,?\\s*)?$",
          FLAGS);

  /**
   * The words before a date that make it a deadline or an expiry ({@code disponibile fino al},
   * {@code valida fino al}, {@code scade il}, {@code verfügbar bis}, {@code available until}): such
   * a date is the end of an offer or of a video's availability, not a date of the article.
   */
  private static final Pattern UNTIL_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?:fino al|fino all'|fino a|entro il|entro l'|scade il|scadenza:?|bis zum|bis"
              + "|until|till|through|expires?(?: on)?|hasta el|hasta|jusqu'au|jusqu’au|até)"
              + "\\s*(?:(?:il|am|the|el|le|de)\\s+)?$",
          FLAGS);

  /** What stands before the date of a notice of availability: a word or two, then the label. */
  private static final Pattern AVAILABLE_UNTIL =
      Pattern.compile(
          "(?:\\p{L}+\\s+){0,2}(?:disponibil\\p{L}*|visibil\\p{L}*|scaricabil\\p{L}*|valid\\p{L}*"
              + "|verfügbar|abrufbar|gültig|available|disponible|online)\\s+(?:fino al|fino all'|fino a"
              + "|bis zum|bis|until|till|hasta el|hasta|jusqu'au|jusqu’au|até)\\s*(?:(?:il|am|the|el|le|de)"
              + "\\s+)?",
          FLAGS);

  /** A notice of availability alone on its line is short. */
  private static final int DEADLINE_MAX_CHARS = 60;

  /** A label alone on its line is short. */
  private static final int LABEL_ALONE_MAX_CHARS = 40;

  private static final DateScan NOTHING = new DateScan(List.of(), List.of());

  /** The place of a dateline: up to four capitalised words ({@code NAPOLI}, {@code San Donà}). */
  static final String PLACE = "\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,3}";

  /**
   * An agency's dateline without a year opening a paragraph, as Italian agencies print it: {@code
   * (ANSA) - NAPOLI, 3 DIC - }, {@code Roma, 3 dic. (Adnkronos) - }, {@code Roma, 3 dic. -
   * (Adnkronos) - }, {@code (AGI) - Roma, 3 dic -}.
   */
  private static final Pattern AGENCY_DAY =
      Pattern.compile(
          "(?:\\((?<agency>\\p{Lu}[\\p{L}.]{1,15})\\)\\s*[-–—]\\s*)?"
              + PLACE
              + "\\s*,\\s*"
              + "(?<day>\\d{1,2})\\s+(?<month>"
              + MONTH_NAME
              + ")\\.?\\s*(?:[-–—]\\s*(?=\\())?(?:\\((?<after>\\p{Lu}[\\p{L}.]{1,15})\\)\\s*)?[-–—]\\s*",
          FLAGS);

  private DateParser() {}

  /**
   * The day and month of an agency's dateline without a year that opens the text ({@link
   * #AGENCY_DAY}), if it opens with one.
   *
   * @param end the character after the dateline
   */
  record AgencyDay(int month, int day, int end) {}

  /** Reads the agency dateline without a year that opens the text, if there is one. */
  static Optional<AgencyDay> agencyDay(String text) {
    Matcher m = AGENCY_DAY.matcher(text);
    if (!m.lookingAt() || m.group("agency") == null && m.group("after") == null) {
      return Optional.empty();
    }
    int day = Integer.parseInt(m.group("day"));
    return day < 1 || day > 31
        ? Optional.empty()
        : Optional.of(new AgencyDay(month(m.group("month")), day, m.end()));
  }

  /**
   * A weekday and a comma opening a line, as a site's header prints the day of the visit ({@code
   * Mercoledì, 24 Aprile 2024}, {@code sabato, Gennaio 18, 2025}).
   */
  private static final Pattern WEEKDAY_AND_COMMA =
      Pattern.compile("\\s*" + WEEKDAY_NAME + "\\s*,\\s+\\S", FLAGS);

  /** Whether the text opens with a weekday and a comma ({@link #WEEKDAY_AND_COMMA}). */
  static boolean opensWithWeekdayAndComma(String text) {
    return WEEKDAY_AND_COMMA.matcher(text).lookingAt();
  }

  /** Finds every date and impossible date in the text. */
  static DateScan scan(String text) {
    if (!mayHoldDate(text)) {
      return NOTHING;
    }
    List<DateHit> dates = new ArrayList<>();
    List<ImpossibleDate> impossible = new ArrayList<>();
    Matcher m = DATE.matcher(text);
    int consumed = 0;
    while (m.find()) {
      if (m.start() < consumed) {
        continue;
      }
      if (UNTIL_BEFORE.matcher(text.substring(consumed, m.start())).find()) {
        consumed = m.end();
        continue; // a deadline or an expiry: "disponibile fino al 28.02.2021" dates nothing
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

  /**
   * Whether the text is only a notice of how long something stays available ({@code Video
   * disponibile fino al 28.02.2026}, {@code Video verfügbar bis 28.02.2021}): a few words, the
   * label and the date, with its time. A heading naming a deadline ({@code Tasse in scadenza il 16
   * ottobre 2023}) is no such notice.
   */
  static boolean isAvailabilityNotice(String text) {
    String notice = text.strip();
    if (notice.length() > DEADLINE_MAX_CHARS || !mayHoldDate(notice)) {
      return false;
    }
    Matcher m = DATE.matcher(notice);
    if (!m.find() || !AVAILABLE_UNTIL.matcher(notice.substring(0, m.start())).matches()) {
      return false;
    }
    String rest = notice.substring(m.end());
    Matcher time = TIME_AFTER.matcher(rest);
    return rest.isBlank() || time.find() && rest.substring(time.end()).isBlank();
  }

  /**
   * What a date's label says when the text is only that label, as pages print it on the line above
   * the date ({@code Ultimo aggiornamento:}, {@code Pubblicato il}, {@code Last update:}).
   */
  static Optional<Kind> labelKind(String text) {
    String label = text.strip();
    if (label.isEmpty() || label.length() > LABEL_ALONE_MAX_CHARS) {
      return Optional.empty();
    }
    Matcher m = LABEL_BEFORE.matcher(label);
    if (!m.find() || m.start() != 0) {
      return Optional.empty();
    }
    return Optional.of(m.group("upd") != null ? Kind.UPDATED : Kind.PUBLISHED);
  }

  /** Whether the text is a weekday, a time or a time zone, as written beside a date. */
  static boolean isDateCompanion(String text) {
    return DATE_COMPANION.matcher(text).matches();
  }

  /**
   * Every form of date has a year of four digits or digits around a separator ({@code 12/02/23}):
   * text without either is not scanned, which spares most lines the date pattern.
   */
  private static boolean mayHoldDate(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run == 4) {
          return true;
        }
      } else {
        if (run > 0
            && (c == '/' || c == '.' || c == '-')
            && i + 1 < text.length()
            && text.charAt(i + 1) >= '0'
            && text.charAt(i + 1) <= '9') {
          return true;
        }
        run = 0;
      }
    }
    return false;
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
    int hours = Integer.parseInt(time.group("h"));
    if (time.group("ampm") != null) {
      hours = hours % 12 + (Character.toLowerCase(time.group("ampm").charAt(0)) == 'p' ? 12 : 0);
    }
    LocalTime clock = LocalTime.of(hours, Integer.parseInt(time.group("m")));
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
    if (m.group("ud") != null) {
      return LocalDate.of(number(m, "uy"), month(m.group("um")), number(m, "ud"));
    }
    if (m.group("yy") != null) {
      return LocalDate.of(number(m, "yy"), number(m, "ym"), number(m, "yd"));
    }
    int year = number(m, "ny");
    int day = number(m, "nd");
    int month = number(m, "nm");
    if (month > 12 && day <= 12) {
      // only month-day-year order reads it, as in 11/19/2019
      int swap = day;
      day = month;
      month = swap;
    }
    return LocalDate.of(year < 100 ? 2000 + year : year, month, day);
  }

  private static int month(String name) {
    Integer month = MONTHS.get(name.toLowerCase(Locale.ROOT));
    if (month == null) {
      throw new IllegalArgumentException("unknown month " + name);
    }
    return month;
  }

  private static Map<String, Integer> months() {
    Map<String, Integer> months = new HashMap<>();
    String[][] names = {
      {
        "gennaio", "gen", "genn", "января", "january", "jan", "januar", "jänner", "enero", "ene",
        "janvier", "janv", "janeiro"
      },
      {
        "febbraio",
        "февраля",
        "feb",
        "febb",
        "february",
        "februar",
        "febrero",
        "février",
        "févr",
        "fevrier",
        "fevereiro",
        "fev"
      },
      {"marzo", "марта", "mar", "march", "märz", "mär", "mars", "março", "marco"},
      {"aprile", "апреля", "apr", "april", "abril", "abr", "avril", "avr"},
      {"maggio", "мая", "mag", "magg", "may", "mai", "mayo", "maio"},
      {"giugno", "июня", "giu", "june", "jun", "juni", "junio", "juin", "junho"},
      {"luglio", "июля", "lug", "july", "jul", "juli", "julio", "juillet", "juil", "julho"},
      {"agosto", "августа", "ago", "august", "aug", "août", "aout"},
      {
        "settembre",
        "сентября",
        "set",
        "sett",
        "september",
        "sep",
        "sept",
        "septiembre",
        "setiembre",
        "septembre",
        "setembro"
      },
      {
        "ottobre", "октября", "ott", "october", "oct", "oktober", "okt", "octubre", "octobre",
        "outubro", "out"
      },
      {"novembre", "ноября", "nov", "november", "noviembre", "novembro"},
      {
        "dicembre",
        "декабря",
        "dic",
        "december",
        "dec",
        "dezember",
        "dez",
        "diciembre",
        "décembre",
        "déc",
        "dezembro"
      }
    };
    for (int i = 0; i < names.length; i++) {
      for (String name : names[i]) {
        months.put(name, i + 1);
      }
    }
    return Map.copyOf(months);
  }

  /** A regular-expression alternation of the names, longest first so that none hides another. */
  private static String alternation(java.util.Collection<String> names) {
    return names.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(n -> n))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
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
