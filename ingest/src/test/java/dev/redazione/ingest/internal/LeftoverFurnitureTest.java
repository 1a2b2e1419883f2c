package dev.redazione.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LeftoverFurnitureTest {

  private static final String PROSE =
      "Microsoft e OpenAI hanno rinnovato l’accordo che lega le due aziende fino al 2030.";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Pubblicità",
        "back to top",
        "Home › Tecnologia › Intelligenza artificiale",
        "Leggi anche: le novità di Copilot",
        "Ti potrebbe interessare",
        "Seguici su Google News",
        "Iscriviti alla nostra newsletter",
        "Riproduzione riservata ©",
        "Questo sito usa cookie tecnici",
        "Lascia un commento",
        "Tag: OpenAI, Microsoft",
        "**Condividi l’articolo**",
        "[Seguici su Google News](https://news.google.com/)"
      })
  void shortFurnitureParagraphIsFound(String furniture) {
    String body = PROSE + "\n\n" + furniture + "\n\n" + PROSE;

    assertThat(LeftoverFurniture.find(body)).as(furniture).containsExactly(furniture);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "La newsletter settimanale di OpenAI, secondo il Financial Times, sarebbe stata sospesa"
            + " dopo le polemiche sui contenuti generati automaticamente.",
        "L’accordo sulla pubblicità",
        "## Il futuro della partnership",
        "![Il sindaco](foto/sindaco.jpg)",
        "---"
      })
  void proseAndHeadingsAreNotFurniture(String paragraph) {
    assertThat(LeftoverFurniture.find(PROSE + "\n\n" + paragraph)).as(paragraph).isEmpty();
  }
}
