package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetaLineTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      'di Mario Rossi | 22 gen 2025, 19:15'        | Mario Rossi          | 1 | byline
      Mario Rossi, 12 febbraio 2023                | Mario Rossi          | 1 | byline
      di Anna Neri e Luca Bianchi                  | Anna Neri;Luca Bianchi | 0 | byline
      Pubblicato da Marco Esposito il 5 aprile 2024 | Marco Esposito      | 1 | byline
      12 febbraio 2023 · 3 min di lettura          |                      | 1 | dateline
      Tempo di lettura: 4 minuti                   |                      | 0 | reading-time
      12 marzo 2024 di Anna Neri / Categoria: Cronaca, Sport | Anna Neri  | 1 | byline
      Von Jonas Keller publiziert am 25. September 2018 | Jonas Keller    | 1 | byline
      di Anna Neri anna.neri@example.it · 12 marzo 2024 | Anna Neri       | 1 | byline
      'By Ann Lee, BBC News, New York | May 2, 2019' | Ann Lee         | 1 | byline
      'May 2, 2019/0 Comments/in Local News /by annlee' | annlee         | 1 | byline
      12 marzo 2024 / 4 commenti / in Cronaca / di Anna Neri | Anna Neri | 1 | byline
      'March 12, 2024 | 3 Comments'                |                      | 1 | dateline
      12. März 2024 · 5 Kommentare                 |                      | 1 | dateline
      'March 12, 2024 • 8 minutes'                 |                      | 1 | dateline
      12 marzo 2024 / 10:41 / Aggiornato 3 ore fa  |                      | 1 | dateline
      'By Ann Lee | 2 hours ago'                   | Ann Lee              | 0 | byline
      Par Claire Martin B. le 12.03.2024           | Claire Martin B.     | 1 | byline
      Scritto da annan82 il 12 marzo 2024          | annan82              | 1 | byline
      Pubblicato il 5 aprile 2024 da Marco Esposito | Marco Esposito      | 1 | byline
      Inserito il 5 aprile 2024 alle 9:30 da Redazione | Redazione        | 1 | byline
      """)
  void readsLinesMadeOnlyOfMetadata(String text, String authors, int dates, String rule) {
    MetaLine meta = MetaLine.parse(text).orElseThrow();
    assertThat(meta.authors())
        .isEqualTo(authors == null ? java.util.List.of() : java.util.List.of(authors.split(";")));
    assertThat(meta.dates()).hasSize(dates);
    assertThat(meta.rule().id()).isEqualTo(rule);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "di fatto, la società ha confermato il 12 febbraio 2023 la fine dell’accordo.",
        "Nel 2019 Microsoft ha investito un miliardo di dollari.",
        "Mario Rossi",
        "Microsoft e OpenAI",
        "di cui si parla da mesi",
        "3 ore fa",
        "Aggiornato 20 minuti fa",
        "vor 2 Stunden",
        "8 minuti",
        "Pubblicato il 5 aprile 2024 da ieri in edicola",
        "5 aprile 2024 da Marco Esposito"
      })
  void proseAndBareNamesAreNotMetadataLines(String text) {
    assertThat(MetaLine.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      'di Anna Neri | 12 marzo 2024 | Argomento: Scuola'   | Anna Neri
      Giulia Ferri 27/09/2023 Commenta! Cronaca, Sport     | Giulia Ferri
      12.03.2024 - Luca Bianchi - Stampa questa pagina     | Luca Bianchi
      '3 aprile 2024 • Marta Verdi in Economia e Lavoro'   | Marta Verdi
      12 marzo 2024 Scritto da Paolo Conti Leggi tutto     |
      12 marzo 2024 Ultime notizie dal territorio          |
      ', Redazione Esteri 12 marzo 2024 Commenta!'         |
      Anna Neri oggi in edicola                            |
      """)
  void readsWhoSignsADatedLineOfFurniture(String text, String authors) {
    assertThat(MetaLine.parse(text)).isEmpty();
    assertThat(MetaLine.signers(text))
        .isEqualTo(authors == null ? java.util.List.of() : java.util.List.of(authors.split(";")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Pubblicato il 12/02/2023        | true
      Data pubblicazione: 03/04/2024  | true
      di Mario Rossi                  | true
      12 febbraio 2023                | false
      'Mario Rossi | 12 febbraio 2023' | false
      """)
  void onlyLabelledLinesAreTrustedAnywhere(String text, boolean explicit) {
    assertThat(MetaLine.parse(text).orElseThrow().explicit()).isEqualTo(explicit);
  }
}
