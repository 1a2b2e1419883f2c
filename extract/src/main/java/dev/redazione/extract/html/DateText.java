package dev.redazione.extract.html;

import dev.redazione.core.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the machine dates of page metadata at the precision they give, with their offset: ISO 8601
 * ({@code 2019-11-18}, {@code 2019-11-18T16:54:19+01:00}, {@code 2019-11-18 16:54}, {@code
 * 20191118T165419Z}), {@code 2019/11/18} and RFC 1123 ({@code Mon, 18 Nov 2019 16:54:19 GMT}).
 * Stateless and thread-safe.
 */
final class DateText {

  private static final Pattern ISO =
      Pattern.compile(
          "(\\d{4})[-/]?(\\d{2})[-/]?(\\d{2})(?:[T ](\\d{1,2}):?(\\d{2})(?::?(\\d{2})(?:[.,]\\d+)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?(?![\\d:])");
  private static final Pattern RFC_1123 =
      Pattern.compile(
          "(?:[A-Za-z]{3},?\\s+)?(\\d{1,2})\\s+([A-Za-z]{3})[a-z]*\\s+(\\d{4})"
              + "(?:\\s+(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(Z|UT|UTC|GMT|[+-]\\d{2}:?\\d{2})?)?");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private DateText() {}

  /** The date a metadata value gives, or empty when it gives none or an impossible one. */
  static Optional<PublicationDate> parse(String value) {
    String text = value.strip();
    try {
      Matcher m = ISO.matcher(text);
      if (m.lookingAt() || (m = ISO.matcher(text)).find() && m.start() < 12) {
        return Optional.of(of(num(m, 1), num(m, 2), num(m, 3), m.group(4), m.group(5), m.group(7)));
      }
      m = RFC_1123.matcher(text);
      if (m.lookingAt()) {
        Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
        if (month != null) {
          return Optional.of(of(num(m, 3), month, num(m, 1), m.group(4), m.group(5), m.group(7)));
        }
      }
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static PublicationDate of(
      int year, int month, int day, String hour, String minute, String zone) {
    if (year < 1990 || year > 2100) {
      throw new DateTimeException("year " + year + " is outside the range of news pages");
    }
    LocalDate date = LocalDate.of(year, month, day);
    if (hour == null) {
      return PublicationDate.ofDay(date);
    }
    LocalDateTime time = date.atTime(Integer.parseInt(hour), Integer.parseInt(minute));
    return PublicationDate.ofTime(time, zone == null ? null : offset(zone));
  }

  private static ZoneOffset offset(String zone) {
    if (zone.equals("Z") || zone.startsWith("U") || zone.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = zone.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
    int sign = zone.charAt(0) == '-' ? -1 : 1;
    return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
