package dev.redazione.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Origin;
import org.junit.jupiter.api.Test;

/** Publication dates of saved pages, one kind of page markup per test. */
class HtmlDateKindsTest {

  private static final String TEXT =
      "<p>Il consiglio comunale ha approvato il nuovo piano per le piste ciclabili, che collega"
          + " la stazione al quartiere universitario e sarà finito entro la prossima estate.</p>";

  private static HtmlExtraction extract(String html) {
    return HtmlPageExtractor.create().extract("pagina.html", html);
  }

  private static String page(String head, String body) {
    return "<html lang=\"it\"><head><title>Nuove piste ciclabili</title>"
        + head
        + "</head><body><article><h1>Nuove piste ciclabili</h1>"
        + body
        + "</article></body></html>";
  }

  private static String date(String html) {
    return extract(html).date().orElseThrow().value().toIso();
  }

  @Test
  void readsThePublishedDateMetaName() {
    HtmlExtraction extraction =
        extract(page("<meta name=\"published-date\" content=\"2023-05-12\">", TEXT));

    assertThat(extraction.date().orElseThrow().value().toIso()).isEqualTo("2023-05-12");
    assertThat(extraction.date().orElseThrow().provenance().origin()).isEqualTo(Origin.HTML_META);
  }

  @Test
  void readsADayWrittenForReadersInAMetaTag() {
    String italian = page("<meta name=\"published\" content=\"12 giugno 2023\">", TEXT);
    String english =
        "<html lang=\"en\"><head><meta name=\"published\" content=\"July 17, 2025\"></head>"
            + "<body><article><h1>New cycle lanes</h1>"
            + "<p>The council approved the new plan for cycle lanes, which links the station to"
            + " the university quarter and will be finished by next summer.</p>"
            + "</article></body></html>";

    assertThat(date(italian)).isEqualTo("2023-06-12");
    assertThat(date(english)).isEqualTo("2025-07-17");
  }

  @Test
  void aWrittenMetaDayGivesWayToTheArticlesTimeElement() {
    String html =
        page(
            "<meta name=\"date\" content=\"3 giugno 2024\">",
            "<p>Di Carla Rossi <time datetime=\"2025-04-10T09:30:00+02:00\"></time></p>" + TEXT);

    assertThat(date(html)).isEqualTo("2025-04-10T09:30+02:00");
  }

  @Test
  void readsTheDayThatOpensAnAgencyParagraph() {
    String html =
        page(
            "",
            "<p>MILANO, 12 maggio 2023 – Il consiglio comunale ha approvato il nuovo piano per le"
                + " piste ciclabili, che collega la stazione al quartiere universitario.</p>"
                + TEXT);

    assertThat(date(html)).isEqualTo("2023-05-12");
  }

  @Test
  void aDayInsideALongParagraphIsNoDate() {
    String html =
        page(
            "",
            "<p>Il consiglio comunale ha approvato il nuovo piano per le piste ciclabili, già"
                + " discusso nella seduta del 12 maggio 2023 e rinviato due volte.</p>"
                + TEXT);

    assertThat(extract(html).date()).isEmpty();
  }
}
