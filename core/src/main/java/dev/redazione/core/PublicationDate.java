package dev.redazione.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A publication date known to a {@link DatePrecision}: a year, a month, a day, or a day and time.
 *
 * <p>A date is never more precise than its source: {@code 2025-01} is January 2025, not 1 January.
 *
 * <p><b>Order.</b> Dates compare by the start of the period they name (a month sorts at its first
 * day, midnight); when two dates start at the same moment the less precise one comes first, then a
 * date without offset before one with an offset. So, oldest to newest: {@code 2025}, {@code
 * 2025-01}, {@code 2025-01-01}, {@code 2025-01-01T09:00}, {@code 2025-01-15}, {@code 2025-02}. The
 * order is total and consistent with {@code equals}. Instances are immutable and thread-safe.
 */
public final class PublicationDate implements Comparable<PublicationDate> {

  private static final String[] ITALIAN_MONTHS = {
    "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno",
    "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"
  };
  private static final Pattern YEAR = Pattern.compile("(\\d{4})");
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
  private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Comparator<PublicationDate> ORDER =
      Comparator.comparing(PublicationDate::start)
          .thenComparing(PublicationDate::precision)
          .thenComparing(d -> d.offset, Comparator.nullsFirst(Comparator.naturalOrder()));

  private final int year;
  private final int month;
  private final int day;
  private final LocalTime time;
  private final ZoneOffset offset;
  private final DatePrecision precision;

  private PublicationDate(
      int year, int month, int day, LocalTime time, ZoneOffset offset, DatePrecision precision) {
    this.year = year;
    this.month = month;
    this.day = day;
    this.time = time;
    this.offset = offset;
    this.precision = precision;
  }

  /** A date known only to its year. */
  public static PublicationDate ofYear(int year) {
    checkYear(year);
    return new PublicationDate(year, 0, 0, null, null, DatePrecision.YEAR);
  }

  /** A date known to its month. */
  public static PublicationDate ofMonth(int year, int month) {
    checkYear(year);
    try {
      YearMonth.of(year, month);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "month " + month + " of " + year + " is not a valid month", e);
    }
    return new PublicationDate(year, month, 0, null, null, DatePrecision.MONTH);
  }

  /** A date known to its day. */
  public static PublicationDate ofDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    checkYear(date.getYear());
    return new PublicationDate(
        date.getYear(), date.getMonthValue(), date.getDayOfMonth(), null, null, DatePrecision.DAY);
  }

  /**
   * A date with a time of day and, when known, an offset from UTC.
   *
   * @param dateTime the local date and time; seconds and fractions are dropped
   * @param offset the offset, or {@code null} when the source gave none
   */
  public static PublicationDate ofTime(LocalDateTime dateTime, ZoneOffset offset) {
    Objects.requireNonNull(dateTime, "dateTime");
    checkYear(dateTime.getYear());
    return new PublicationDate(
        dateTime.getYear(),
        dateTime.getMonthValue(),
        dateTime.getDayOfMonth(),
        dateTime.toLocalTime().truncatedTo(ChronoUnit.MINUTES),
        offset,
        DatePrecision.TIME);
  }

  /**
   * Parses ISO text at any precision: {@code 2025}, {@code 2025-01}, {@code 2025-01-15}, {@code
   * 2025-01-15T10:41}, {@code 2025-01-15T10:41:00+02:00} or {@code …Z}.
   *
   * @throws IllegalArgumentException with a message naming the text and the accepted forms
   */
  public static PublicationDate parse(String text) {
    Objects.requireNonNull(text, "text");
    String iso = text.strip();
    try {
      Matcher m;
      if ((m = YEAR.matcher(iso)).matches()) {
        return ofYear(Integer.parseInt(m.group(1)));
      }
      if ((m = YEAR_MONTH.matcher(iso)).matches()) {
        return ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
      }
      if ((m = DAY.matcher(iso)).matches()) {
        return ofDay(
            LocalDate.of(
                Integer.parseInt(m.group(1)),
                Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))));
      }
      return parseDateTime(iso);
    } catch (DateTimeException | IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "date `"
              + text
              + "` is not a valid date; expected YYYY, YYYY-MM, YYYY-MM-DD"
              + " or YYYY-MM-DDThh:mm[:ss][offset]",
          e);
    }
  }

  private static PublicationDate parseDateTime(String iso) {
    try {
      OffsetDateTime withOffset = OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
      return ofTime(withOffset.toLocalDateTime(), withOffset.getOffset());
    } catch (DateTimeParseException e) {
      return ofTime(LocalDateTime.parse(iso, DateTimeFormatter.ISO_LOCAL_DATE_TIME), null);
    }
  }

  private static void checkYear(int year) {
    if (year < 1 || year > 9999) {
      throw new IllegalArgumentException("year " + year + " is out of range 1..9999");
    }
  }

  /** How much of the date is known. */
  public DatePrecision precision() {
    return precision;
  }

  /** The year, always known. */
  public int year() {
    return year;
  }

  /** The month (1–12), when the precision is at least {@link DatePrecision#MONTH}. */
  public Optional<YearMonth> yearMonth() {
    return precision == DatePrecision.YEAR
        ? Optional.empty()
        : Optional.of(YearMonth.of(year, month));
  }

  /** The calendar day, when the precision is at least {@link DatePrecision#DAY}. */
  public Optional<LocalDate> localDate() {
    return precision.compareTo(DatePrecision.DAY) < 0
        ? Optional.empty()
        : Optional.of(LocalDate.of(year, month, day));
  }

  /** The time of day, when the precision is {@link DatePrecision#TIME}. */
  public Optional<LocalTime> time() {
    return Optional.ofNullable(time);
  }

  /** The offset from UTC, when the source gave one. */
  public Optional<ZoneOffset> offset() {
    return Optional.ofNullable(offset);
  }

  /** The first moment of the period this date names, in local time. */
  public LocalDateTime start() {
    return LocalDateTime.of(
        LocalDate.of(year, Math.max(month, 1), Math.max(day, 1)),
        time == null ? LocalTime.MIDNIGHT : time);
  }

  /**
   * ISO text at this date's precision: {@code 2025}, {@code 2025-01}, {@code 2025-01-15}, {@code
   * 2025-01-15T10:41+02:00}.
   */
  public String toIso() {
    return switch (precision) {
      case YEAR -> String.format("%04d", year);
      case MONTH -> String.format("%04d-%02d", year, month);
      case DAY -> String.format("%04d-%02d-%02d", year, month, day);
      case TIME ->
          String.format(
              "%04d-%02d-%02dT%s%s", year, month, day, time, offset == null ? "" : offset.getId());
    };
  }

  /**
   * Italian text at this date's precision: {@code 2024}, {@code gennaio 2025}, {@code 12 febbraio
   * 2023}, {@code 12 febbraio 2023, 10:41}.
   */
  public String toItalian() {
    return switch (precision) {
      case YEAR -> Integer.toString(year);
      case MONTH -> italianMonthName(month) + " " + year;
      case DAY -> day + " " + italianMonthName(month) + " " + year;
      case TIME -> day + " " + italianMonthName(month) + " " + year + ", " + time;
    };
  }

  /**
   * The Italian name of a month, lowercase as Italian writes it.
   *
   * @param month 1 to 12
   */
  public static String italianMonthName(int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("month " + month + " is out of range 1..12");
    }
    return ITALIAN_MONTHS[month - 1];
  }

  /**
   * Whether this date says more precisely when the coarser date was: a day of its month or year, a
   * time of its day ({@code 2019-08-19} refines {@code 2019-08}; {@code 2019-09-01} does not).
   */
  public boolean refines(PublicationDate coarser) {
    if (precision.compareTo(coarser.precision) <= 0 || year != coarser.year) {
      return false;
    }
    return switch (coarser.precision) {
      case YEAR -> true;
      case MONTH -> month == coarser.month;
      case DAY, TIME -> month == coarser.month && day == coarser.day;
    };
  }

  @Override
  public int compareTo(PublicationDate other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PublicationDate d
        && year == d.year
        && month == d.month
        && day == d.day
        && precision == d.precision
        && Objects.equals(time, d.time)
        && Objects.equals(offset, d.offset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(year, month, day, time, offset, precision);
  }

  /** The ISO text, as {@link #toIso()}. */
  @Override
  public String toString() {
    return toIso();
  }
}
