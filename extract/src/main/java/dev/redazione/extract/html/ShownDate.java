package dev.redazione.extract.html;

import dev.redazione.core.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar day written for readers, as pages print it beside the headline: {@code 19
 * November 2019}, {@code November 19, 2019}, {@code 19. November 2019}, {@code 19 de noviembre de
 * 2019}, {@code 12 febbraio 2023}, {@code 19.11.2019}, {@code 2019-11-19}, and {@code 11/19/2019}
 * (month first on English pages, day first elsewhere). Month names in Italian, English, German,
 * French, Spanish, Portuguese and Dutch, in full or abbreviated. Stateless and thread-safe.
 */
final class ShownDate {

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      {"gennaio", "january", "januar", "janvier", "enero", "janeiro", "januari", "jänner"},
      {"febbraio", "february", "februar", "février", "febrero", "fevereiro", "februari"},
      {"marzo", "march", "märz", "mars", "março", "maart"},
      {"aprile", "april", "avril", "abril"},
      {"maggio", "may", "mai", "mayo", "maio", "mei"},
      {"giugno", "june", "juni", "juin", "junio", "junho"},
      {"luglio", "july", "juli", "juillet", "julio", "julho"},
      {"agosto", "august", "août", "augustus"},
      {"settembre", "september", "septembre", "septiembre", "setembro", "setiembre"},
      {"ottobre", "october", "oktober", "octobre", "octubre", "outubro"},
      {"novembre", "november", "noviembre", "novembro"},
      {"dicembre", "december", "dezember", "décembre", "diciembre", "dezembro"}
    };
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m]) {
        MONTHS.put(name, m + 1);
        if (name.length() > 3) {
          MONTHS.putIfAbsent(name.substring(0, 3), m + 1);
          MONTHS.putIfAbsent(name.substring(0, 4), m + 1);
        }
      }
    }
    MONTHS.put("sept", 9);
  }

  private static final String MONTH = "(\\p{L}{3,10})\\.?";
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile(
          "(?<![\\p{L}\\d])(\\d{1,2})(?:\\.|º|er|st|nd|rd|th)?\\s*(?:de\\s+)?"
              + MONTH
              + ",?\\s+(?:de\\s+)?(\\d{4})(?!\\d)");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile(
          "(?<![\\p{L}])" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
  private static final Pattern NUMERIC =
      Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})(?!\\d)");
  private static final Pattern ISO_DAY =
      Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

  private ShownDate() {}

  /**
   * The first day written in a short text.
   *
   * @param monthFirst whether {@code 11/19/2019} means November 19 (an English page)
   */
  static Optional<PublicationDate> find(String text, boolean monthFirst) {
    String lower = text.toLowerCase(Locale.ROOT);
    Optional<PublicationDate> best = Optional.empty();
    int at = Integer.MAX_VALUE;
    Matcher m = DAY_MONTH_YEAR.matcher(lower);
    if (m.find() && MONTHS.containsKey(m.group(2))) {
      best = day(m.group(3), MONTHS.get(m.group(2)), m.group(1));
      at = best.isPresent() ? m.start() : at;
    }
    m = MONTH_DAY_YEAR.matcher(lower);
    while (m.find() && m.start() < at) {
      if (MONTHS.containsKey(m.group(1))) {
        Optional<PublicationDate> d = day(m.group(3), MONTHS.get(m.group(1)), m.group(2));
        if (d.isPresent()) {
          best = d;
          at = m.start();
        }
        break;
      }
    }
    m = NUMERIC.matcher(lower);
    if (m.find() && m.start() < at) {
      boolean slashMonthFirst = monthFirst && m.group(2).equals("/");
      Optional<PublicationDate> d =
          slashMonthFirst
              ? day(m.group(4), Integer.parseInt(m.group(1)), m.group(3))
              : day(m.group(4), Integer.parseInt(m.group(3)), m.group(1));
      if (d.isPresent()) {
        best = d;
        at = m.start();
      }
    }
    m = ISO_DAY.matcher(lower);
    if (m.find() && m.start() < at) {
      Optional<PublicationDate> d = day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
      if (d.isPresent()) {
        best = d;
      }
    }
    return best;
  }

  private static Optional<PublicationDate> day(String year, int month, String day) {
    try {
      int y = Integer.parseInt(year);
      if (y < 1990 || y > 2100) {
        return Optional.empty();
      }
      return Optional.of(PublicationDate.ofDay(LocalDate.of(y, month, Integer.parseInt(day))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
