package dev.redazione.ingest.internal.frontmatter;

import dev.redazione.core.PublicationDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the date forms found in real front matter, keeping their precision: {@code 2025}, {@code
 * 2025-01}, {@code 2023-02-12}, {@code 2019-11-29 10:00:00 +0200} (offset without colon), {@code
 * 2016-04-24T12:09:19.000Z}, {@code 2025-01-15T10:41:00+02:00}. Stateless and thread-safe.
 */
final class DateValueParser {

  static final String EXPECTED =
      "expected YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DD hh:mm[:ss] with an optional offset";

  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ]+(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?)?"
              + "\\s*(Z|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?");
  private static final Pattern YEAR_OR_MONTH = Pattern.compile("(\\d{4})(?:-(\\d{1,2}))?");

  private DateValueParser() {}

  /** The date, or empty when the text is not a valid date in a known form. */
  static Optional<PublicationDate> parse(String text) {
    String value = text.strip();
    try {
      Matcher m = YEAR_OR_MONTH.matcher(value);
      if (m.matches()) {
        int year = Integer.parseInt(m.group(1));
        return Optional.of(
            m.group(2) == null
                ? PublicationDate.ofYear(year)
                : PublicationDate.ofMonth(year, Integer.parseInt(m.group(2))));
      }
      m = DATE_TIME.matcher(value);
      if (!m.matches()) {
        return Optional.empty();
      }
      LocalDate day =
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)));
      if (m.group(4) == null) {
        return m.group(7) == null ? Optional.of(PublicationDate.ofDay(day)) : Optional.empty();
      }
      LocalTime time =
          LocalTime.of(
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              m.group(6) == null ? 0 : Integer.parseInt(m.group(6)));
      return Optional.of(PublicationDate.ofTime(LocalDateTime.of(day, time), offset(m.group(7))));
    } catch (DateTimeException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ZoneOffset offset(String text) {
    if (text == null) {
      return null;
    }
    if (text.equals("Z") || text.equals("UTC") || text.equals("GMT")) {
      return ZoneOffset.UTC;
    }
    String digits = text.substring(1).replace(":", "");
    int hours = Integer.parseInt(digits.substring(0, 2));
    int minutes = digits.length() > 2 ? Integer.parseInt(digits.substring(2)) : 0;
    return text.charAt(0) == '-'
        ? ZoneOffset.ofHoursMinutes(-hours, -minutes)
        : ZoneOffset.ofHoursMinutes(hours, minutes);
  }
}
