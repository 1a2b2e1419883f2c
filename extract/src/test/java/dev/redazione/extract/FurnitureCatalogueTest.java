package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureCatalogueTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Pubblicità | ad-label",
        "Home › Tecnologia › Intelligenza artificiale | navigation",
        "Seguici su Google News | social-prompt",
        "Condividi l’articolo | social-prompt",
        "Riproduzione riservata © | copyright",
        "Questo sito usa cookie tecnici | cookie-banner",
        "Lascia un commento | comment-prompt",
        "Ti potrebbe interessare | related-block",
        "Leggi anche: le novità di Copilot | related-block",
        "Tag: OpenAI, Microsoft | tag-line"
      })
  void namesTheRuleThatRecognisesTheLine(String line, String rule) {
    assertThat(FurnitureCatalogue.ruleOf(line)).as(line).hasValue(rule);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Microsoft e OpenAI hanno rinnovato l’accordo che lega le due aziende fino al 2030.",
        "L’accordo sulla pubblicità",
        "* * *",
        ""
      })
  void proseHeadingsAndMarkdownStructureAreNotFurniture(String line) {
    assertThat(FurnitureCatalogue.ruleOf(line)).as(line).isEmpty();
  }
}
