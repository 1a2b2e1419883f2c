package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.DatePrecision;
import dev.redazione.extract.DateParser.DateHit;
import dev.redazione.extract.DateParser.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateParserTest {

  /** The date when the whole text is one date expression. */
  private static java.util.Optional<DateHit> whole(String text) {
    var scan = DateParser.scan(text);
    return scan.dates().size() == 1
            && scan.impossible().isEmpty()
            && scan.dates().get(0).start() == 0
            && scan.dates().get(0).end() == text.length()
        ? java.util.Optional.of(scan.dates().get(0))
        : java.util.Optional.empty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      12 febbraio 2023                      | 2023-02-12       | DAY   | UNLABELLED
      12 feb 2023                           | 2023-02-12       | DAY   | UNLABELLED
      12 Feb. 2023                          | 2023-02-12       | DAY   | UNLABELLED
      1° marzo 2025                         | 2025-03-01       | DAY   | UNLABELLED
      lunedì 3 marzo 2025                   | 2025-03-03       | DAY   | UNLABELLED
      Giovedì, 7 novembre 2024 ore 18.05    | 2024-11-07T18:05 | TIME  | UNLABELLED
      3 marzo 2025, 10:41                   | 2025-03-03T10:41 | TIME  | UNLABELLED
      3 sett 2024 - 08:00                   | 2024-09-03T08:00 | TIME  | UNLABELLED
      12 marzo 2024 / 10:41                 | 2024-03-12T10:41 | TIME  | UNLABELLED
      Pubblicato il 12/02/2023 alle 10:41   | 2023-02-12T10:41 | TIME  | PUBLISHED
      Pubblicato: 12.02.2023                | 2023-02-12       | DAY   | PUBLISHED
      Aggiornato il 13/02/23                | 2023-02-13       | DAY   | UPDATED
      Ultimo aggiornamento: 12 febbraio 2023 | 2023-02-12      | DAY   | UPDATED
      2023-02-12                            | 2023-02-12       | DAY   | UNLABELLED
      2023-02-12T10:41:00+01:00             | 2023-02-12T10:41+01:00 | TIME | UNLABELLED
      2023-02-12 10:41                      | 2023-02-12T10:41 | TIME  | UNLABELLED
      febbraio 2024                         | 2024-02          | MONTH | UNLABELLED
      Data: 5 aprile 2024                   | 2024-04-05       | DAY   | PUBLISHED
      """)
  void readsEveryCommonItalianFormAtItsPrecision(
      String text, String iso, DatePrecision precision, Kind kind) {
    DateHit hit = whole(text).orElseThrow();
    assertThat(hit.date().toIso()).isEqualTo(iso);
    assertThat(hit.date().precision()).isEqualTo(precision);
    assertThat(hit.kind()).isEqualTo(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      30 DICEMBRE 2024                      | 2024-12-30       | DAY   | UNLABELLED
      28 luglio 202010:43                   | 2020-07-28T10:43 | TIME  | UNLABELLED
      4 Febbraio 2025 - 14:41               | 2025-02-04T14:41 | TIME  | UNLABELLED
      12/02/23                              | 2023-02-12       | DAY   | UNLABELLED
      19 November 2019                      | 2019-11-19       | DAY   | UNLABELLED
      November 19, 2019                     | 2019-11-19       | DAY   | UNLABELLED
      Nov. 18th 2019 8:54 am PT             | 2019-11-18T08:54 | TIME  | UNLABELLED
      Published Monday, November 18, 2019 8:22PM | 2019-11-18T20:22 | TIME | PUBLISHED
      Updated: Jan 5, 2020                  | 2020-01-05       | DAY   | UPDATED
      Posted on the 05/04/2024 at 19:00     | 2024-04-05T19:00 | TIME  | PUBLISHED
      Stand des Artikels: 5. April 2024, 12:30 Uhr | 2024-04-05T12:30 | TIME | PUBLISHED
      30. Juli 2018                         | 2018-07-30       | DAY   | UNLABELLED
      Veröffentlicht am 30.07.2018 um 10:30 Uhr | 2018-07-30T10:30 | TIME | PUBLISHED
      22 de janeiro de 2018                 | 2018-01-22       | DAY   | UNLABELLED
      sabado 07 de mayo del 2022            | 2022-05-07       | DAY   | UNLABELLED
      12 maggio del 2022                    | 2022-05-12       | DAY   | UNLABELLED
      segunda-feira, 22 de janeiro de 2018 às 0:13 | 2018-01-22T00:13 | TIME | UNLABELLED
      19 FEB 2020 - 18:37 CET               | 2020-02-19T18:37 | TIME  | UNLABELLED
      15 mai 2019 à 06h00                   | 2019-05-15T06:00 | TIME  | UNLABELLED
      marzo de 2020                         | 2020-03          | MONTH | UNLABELLED
      11 октября 2018                       | 2018-10-11       | DAY   | UNLABELLED
      2016.12.01                            | 2016-12-01       | DAY   | UNLABELLED
      2023/05/07 10:41                      | 2023-05-07T10:41 | TIME  | UNLABELLED
      December 19. 2025                     | 2025-12-19       | DAY   | UNLABELLED
      """)
  void readsDatesInTheOtherLanguagesAndShapesOfRealPages(
      String text, String iso, DatePrecision precision, Kind kind) {
    DateHit hit = whole(text).orElseThrow();
    assertThat(hit.date().toIso()).isEqualTo(iso);
    assertThat(hit.date().precision()).isEqualTo(precision);
    assertThat(hit.kind()).isEqualTo(kind);
  }

  @Test
  void aNumericDateOnlyMonthFirstCanReadIsReadMonthFirst() {
    assertThat(DateParser.scan("11/19/2019").dates().get(0).date().toIso()).isEqualTo("2019-11-19");
    assertThat(DateParser.scan("11/08/2019").dates().get(0).date().toIso()).isEqualTo("2019-08-11");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      PUBLISHED: 00:01, Tue, Nov 19, 2019     | 2019-11-19       | PUBLISHED
      Updated 1:33 am CST, November 20, 2019  | 2019-11-20       | UPDATED
      Stand: 07.11.2023, 07:30 Uhr            | 2023-11-07T07:30 | PUBLISHED
      2 Dicembre 2025L'amministratore         | 2025-12-02       | UNLABELLED
      Pubblicato il12/02/2023                 | 2023-02-12       | PUBLISHED
      Erstellt am09.02.2022                   | 2022-02-09       | PUBLISHED
      Data pubblicazione: 03/04/2024          | 2024-04-03       | PUBLISHED
      Veröffentlichungsdatum: 07.02.2022      | 2022-02-07       | PUBLISHED
      Publication date: March 5, 2021         | 2021-03-05       | PUBLISHED
      """)
  void readsALabelBeforeATimeAndADateGluedToTheText(String text, String iso, Kind kind) {
    DateHit hit = DateParser.scan(text).dates().get(0);
    assertThat(hit.date().toIso()).isEqualTo(iso);
    assertThat(hit.kind()).isEqualTo(kind);
  }

  @Test
  void aDayGluedToTheLabelBeforeItStartsAtTheDay() {
    DateHit hit = DateParser.scan("News20 ago 2019").dates().get(0);
    assertThat(hit.date().toIso()).isEqualTo("2019-08-20");
    assertThat(hit.start()).isEqualTo("News".length());
    assertThat(DateParser.scan("FIMI11 apr 2023").dates().get(0).date().toIso())
        .isEqualTo("2023-04-11");
  }

  @Test
  void aDateGluedToANameStartsAtTheMonth() {
    DateHit hit = DateParser.scan("By Anna SmithNovember 18, 2019").dates().get(0);
    assertThat(hit.date().toIso()).isEqualTo("2019-11-18");
    assertThat(hit.start()).isEqualTo("By Anna Smith".length());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"31 febbraio 2023", "31/02/2024", "2025-13-45", "13/25/2023"})
  void impossibleDatesAreReportedNotParsed(String text) {
    var scan = DateParser.scan(text);
    assertThat(scan.dates()).isEmpty();
    assertThat(scan.impossible())
        .singleElement()
        .satisfies(d -> assertThat(d.text()).isEqualTo(text));
  }

  @Test
  void aTimeThatIsNoTimeIsLeftOutOfTheSpan() {
    DateHit hit = DateParser.scan("12 febbraio 2023 alle 25:99").dates().get(0);
    assertThat(hit.date().precision()).isEqualTo(DatePrecision.DAY);
    assertThat(hit.end()).isEqualTo("12 febbraio 2023".length());
  }

  @Test
  void aDateThatStartsInsideThePreviousDatesTimeIsSkipped() {
    var scan = DateParser.scan("24-0-05 10:41-0-05 10:412 +0200");

    assertThat(scan.dates()).isEmpty();
    assertThat(scan.impossible()).hasSize(1);
  }

  @Test
  void findsBothDatesOfAPublishedAndUpdatedLine() {
    var dates =
        DateParser.scan("Pubblicato il 14/12/2023 alle 10:41 - Aggiornato il 15/12/2023").dates();
    assertThat(dates).extracting(DateHit::kind).containsExactly(Kind.PUBLISHED, Kind.UPDATED);
    assertThat(dates)
        .extracting(d -> d.date().toIso())
        .containsExactly("2023-12-14T10:41", "2023-12-15");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "nel 2019",
        "fino al 2030",
        "GPT-4.1",
        "iPhone 16",
        "Windows 11 24H2",
        "versione 4.1.2",
        "versione 2024.1.2",
        "Modello X12/05/2023",
        "Covid19 marzo",
        "https://www.example.it/2011/09/07/titolo-articolo/"
      })
  void yearsAndVersionNumbersAreNotDates(String text) {
    assertThat(DateParser.scan(text).dates()).isEmpty();
  }

  @Test
  void aDateInsideASentenceIsFoundButIsNotTheWholeText() {
    String sentence = "Il 12 febbraio 2023 Microsoft ha annunciato un nuovo investimento.";
    assertThat(DateParser.scan(sentence).dates()).hasSize(1);
    assertThat(whole(sentence)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Video disponibile fino al 28.02.2025",
        "Offerta valida fino al 3 marzo 2025",
        "Iscrizioni entro il 15/04/2025",
        "Scade il 30 giugno 2025",
        "Video verfügbar bis 28.02.2025",
        "Available until March 3, 2025"
      })
  void aDeadlineOrAnExpiryIsNoDate(String text) {
    assertThat(DateParser.scan(text).dates()).isEmpty();
  }

  @Test
  void anAvailabilityDateAloneOnItsLineIsANotice() {
    assertThat(DateParser.isAvailabilityNotice("Video disponibile fino al 28.02.2026")).isTrue();
    assertThat(DateParser.isAvailabilityNotice("Video verfügbar bis 28.02.2021, 23:59")).isTrue();
    assertThat(DateParser.isAvailabilityNotice("12 marzo 2025")).isFalse();
    assertThat(DateParser.isAvailabilityNotice("Tasse e imposte in scadenza il 16 ottobre 2023"))
        .isFalse();
    assertThat(
            DateParser.isAvailabilityNotice(
                "Le iscrizioni restano aperte fino al 3 marzo 2025 per tutti gli studenti"))
        .isFalse();
  }

  @Test
  void aDateBeforeADeadlineIsStillRead() {
    var dates = DateParser.scan("12 marzo 2025 · Disponibile fino al 12 aprile 2025").dates();
    assertThat(dates).extracting(d -> d.date().toIso()).containsExactly("2025-03-12");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      12 marzo 2024di Paolo Greco   | 2024-03-12
      12 marzo 2024in Cronaca       | 2024-03-12
      September 15, 2020byAnn Lee   | 2020-09-15
      """)
  void aDateGluedToTheWordAfterItEndsAtItsYear(String text, String iso) {
    assertThat(DateParser.scan(text).dates())
        .singleElement()
        .satisfies(d -> assertThat(d.date().toIso()).isEqualTo(iso));
  }

  @Test
  void aYearGluedToAWordIsNoDate() {
    assertThat(DateParser.scan("approvato a marzo 2024indica un saldo").dates()).isEmpty();
  }
}
