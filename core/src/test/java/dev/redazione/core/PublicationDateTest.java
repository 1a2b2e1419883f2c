package dev.redazione.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PublicationDateTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "2024, YEAR, 2024",
    "2025-01, MONTH, 2025-01",
    "2025-1, MONTH, 2025-01",
    "2023-02-12, DAY, 2023-02-12",
    "2023-02-12T10:41, TIME, 2023-02-12T10:41",
    "2023-02-12T10:41:59, TIME, 2023-02-12T10:41",
    "2019-11-29T10:00:00+02:00, TIME, 2019-11-29T10:00+02:00",
    "2016-04-24T12:09:19.000Z, TIME, 2016-04-24T12:09Z"
  })
  void parsesIsoTextAtItsPrecision(String text, DatePrecision precision, String iso) {
    PublicationDate date = PublicationDate.parse(text);

    assertThat(date.precision()).isEqualTo(precision);
    assertThat(date.toIso()).isEqualTo(iso);
  }

  @Test
  void aMonthIsNotItsFirstDay() {
    PublicationDate month = PublicationDate.parse("2025-01");

    assertThat(month.localDate()).isEmpty();
    assertThat(month.yearMonth()).contains(YearMonth.of(2025, 1));
    assertThat(month).isNotEqualTo(PublicationDate.parse("2025-01-01"));
  }

  @Test
  void exposesOnlyTheKnownParts() {
    PublicationDate year = PublicationDate.ofYear(2024);
    PublicationDate time = PublicationDate.parse("2025-03-03T10:41+01:00");

    assertThat(year.yearMonth()).isEmpty();
    assertThat(year.time()).isEmpty();
    assertThat(time.localDate()).contains(LocalDate.of(2025, 3, 3));
    assertThat(time.time()).contains(LocalTime.of(10, 41));
    assertThat(time.offset()).contains(ZoneOffset.ofHours(1));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"2025-13-45", "2025-02-30", "2025-13", "20255", "ieri", "", "2025/01/02", "0000"})
  void rejectsImpossibleDatesNamingTheTextAndTheExpectedForms(String text) {
    assertThatThrownBy(() -> PublicationDate.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`" + text + "`")
        .hasMessageContaining("expected YYYY, YYYY-MM, YYYY-MM-DD");
  }

  @ParameterizedTest(name = "month {0} is {1}")
  @CsvSource({
    "1, gennaio", "2, febbraio", "3, marzo", "4, aprile", "5, maggio", "6, giugno",
    "7, luglio", "8, agosto", "9, settembre", "10, ottobre", "11, novembre", "12, dicembre"
  })
  void formatsEveryMonthInItalian(int month, String name) {
    assertThat(PublicationDate.ofDay(LocalDate.of(2023, month, 12)).toItalian())
        .isEqualTo("12 " + name + " 2023");
    assertThat(PublicationDate.ofMonth(2025, month).toItalian()).isEqualTo(name + " 2025");
  }

  @Test
  void formatsInItalianAtEachPrecision() {
    assertThat(PublicationDate.ofYear(2024).toItalian()).isEqualTo("2024");
    assertThat(PublicationDate.ofMonth(2025, 1).toItalian()).isEqualTo("gennaio 2025");
    assertThat(PublicationDate.ofDay(LocalDate.of(2023, 2, 12)).toItalian())
        .isEqualTo("12 febbraio 2023");
    assertThat(PublicationDate.ofTime(LocalDateTime.of(2025, 3, 3, 10, 41), null).toItalian())
        .isEqualTo("3 marzo 2025, 10:41");
  }

  @Test
  void rejectsMonthNamesOutOfRange() {
    assertThatThrownBy(() -> PublicationDate.italianMonthName(13))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("13");
  }

  @Test
  void sortsMixedPrecisionsByTheStartOfTheirPeriodLessPreciseFirst() {
    List<PublicationDate> expected =
        List.of(
            PublicationDate.parse("2024-12-31"),
            PublicationDate.parse("2025"),
            PublicationDate.parse("2025-01"),
            PublicationDate.parse("2025-01-01"),
            PublicationDate.parse("2025-01-01T09:00"),
            PublicationDate.parse("2025-01-01T09:00+01:00"),
            PublicationDate.parse("2025-01-15"),
            PublicationDate.parse("2025-02"));
    List<PublicationDate> shuffled = new ArrayList<>(expected);
    Collections.shuffle(shuffled, new java.util.Random(7));

    Collections.sort(shuffled);

    assertThat(shuffled).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest(name = "{0} refines {1}: {2}")
  @CsvSource({
    "2019-08-19, 2019-08, true",
    "2019-08-19, 2019, true",
    "2019-08, 2019, true",
    "2019-08-19T10:43, 2019-08-19, true",
    "2019-09-01, 2019-08, false",
    "2020-08-19, 2019-08, false",
    "2019-08, 2019-08, false",
    "2019-08, 2019-08-19, false",
    "2019-08-20T10:43, 2019-08-19, false"
  })
  void aFinerDateRefinesOnlyTheCoarserPeriodItFallsIn(
      String finer, String coarser, boolean refines) {
    assertThat(PublicationDate.parse(finer).refines(PublicationDate.parse(coarser)))
        .isEqualTo(refines);
  }

  @Test
  void orderIsConsistentWithEquals() {
    PublicationDate a = PublicationDate.parse("2025-01");
    PublicationDate b = PublicationDate.ofMonth(2025, 1);

    assertThat(a).isEqualByComparingTo(b).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a.compareTo(PublicationDate.parse("2025-01-01"))).isNegative();
  }

  @Test
  void rejectsYearsOutOfRange() {
    assertThatThrownBy(() -> PublicationDate.ofYear(0)).hasMessageContaining("year 0");
    assertThatThrownBy(() -> PublicationDate.ofMonth(2025, 13)).hasMessageContaining("month 13");
  }
}
