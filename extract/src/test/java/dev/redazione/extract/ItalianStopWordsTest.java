package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ItalianStopWordsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"di", "Della", "nell’", "l’intenzione", "dell'accordo", "che,", "è"})
  void functionWordsAndElisionsAreStopWords(String word) {
    assertThat(ItalianStopWords.isStopWord(word)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Microsoft", "accordo", "OpenAI", "intelligenza", "pubblicità"})
  void contentWordsAreNot(String word) {
    assertThat(ItalianStopWords.isStopWord(word)).isFalse();
  }

  @Test
  void realProseIsDenserInFunctionWordsThanAMenu() {
    double prose =
        ItalianStopWords.density(
            "Questa ristrutturazione rende difficile determinare quanta equity Microsoft otterrà dall’accordo.");
    double menu =
        ItalianStopWords.density("Tecnologia Scienza Mobilità Smartphone Recensioni Offerte");
    assertThat(prose).isGreaterThan(LineShape.PROSE_MIN_STOP_DENSITY);
    assertThat(menu).isZero();
  }

  @Test
  void textWithoutWordsHasNoDensity() {
    assertThat(ItalianStopWords.density("— * —")).isZero();
  }
}
