package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LineShapeTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"Fine.", "Davvero?", "«Lo faremo.»", "Ha detto: “Basta!”", "Nota (vedi sopra.)"})
  void sentencesEndWithPunctuationEvenInsideQuotes(String text) {
    assertThat(LineShape.of(text).isTerminated()).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "ChatGPT, il popolare chatbot di OpenAI, ha un costo...",
        "Stando ad alcuni rumor…",
        "Il testo prosegue […]"
      })
  void teaserExcerptsAreTruncatedNotTerminated(String text) {
    LineShape shape = LineShape.of(text);
    assertThat(shape.isTruncated()).isTrue();
    assertThat(shape.isTerminated()).isFalse();
    assertThat(shape.isProse()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Microsoft ha annunciato",
        "“Le tensioni",
        "2025, l’anno dell’IA",
        "iPhone 16e, tutte le novità",
        "eBay cambia le commissioni"
      })
  void headlinesStartWithACapitalADigitOrACamelCaseBrand(String text) {
    assertThat(LineShape.of(text).startsCapitalised()).isTrue();
  }

  @Test
  void aLowercaseStartIsNotCapitalised() {
    assertThat(LineShape.of("gratuito dedicato all’intelligenza artificiale").startsCapitalised())
        .isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "- il chip A18;",
        "• batteria più capiente",
        "1. 128 GB a 729 euro;",
        "2) la seconda voce"
      })
  void listItemsAreRecognised(String text) {
    assertThat(LineShape.of(text).isListItem()).isTrue();
  }

  @Test
  void aSeedParagraphIsLongProse() {
    String paragraph =
        "A complicare ulteriormente le cose, sembrerebbe che entrambe le aziende stiano prendendo "
            + "provvedimenti per diversificare i propri rischi. Microsoft starebbe valutando altri modelli generativi "
            + "e OpenAI starebbe esplorando altri fornitori di infrastrutture.";
    assertThat(LineShape.of(paragraph).isLongProse()).isTrue();
  }

  @Test
  void aHeadingIsNotProse() {
    assertThat(LineShape.of("Tensioni e nuove alleanze").isProse()).isFalse();
  }
}
