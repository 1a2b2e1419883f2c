package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkdownEscaperTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      # non è un titolo                 | \\# non è un titolo
      > non è una citazione             | \\> non è una citazione
      - non è un elenco                 | \\- non è un elenco
      * nemmeno questo                  | \\* nemmeno questo
      + né questo                       | \\+ né questo
      1. Prima frase.                   | 1\\. Prima frase.
      12) dodici                        | 12\\) dodici
      <script>alert(1)</script> testo   | \\<script>alert(1)\\</script> testo
      Il file C:\\temp\\* va cancellato | Il file C:\\temp\\\\* va cancellato
      L’IA “generativa” resta così      | L’IA “generativa” resta così
      Nel 2025. Poi                     | Nel 2025. Poi
      """)
  void proseStaysProse(String text, String markdown) {
    assertThat(MarkdownEscaper.paragraph(text)).isEqualTo(markdown);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      Le perdite di OpenAI    | ## Le perdite di OpenAI
      Novità per C #          | ## Novità per C \\#
      """)
  void headingsAreLevelTwo(String text, String markdown) {
    assertThat(MarkdownEscaper.heading(text)).isEqualTo(markdown);
  }
}
