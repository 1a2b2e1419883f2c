package dev.redazione.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          La partnership tra OpenAI e Microsoft                | la-partnership-tra-openai-e-microsoft
          Società, più qualità: è già così                     | societa-piu-qualita-e-gia-cosi
          Perché l'IA                                          | perche-l-ia
          Il futuro dell’IA                                    | il-futuro-dell-ia
          Un’IPO all’orizzonte                                 | un-ipo-all-orizzonte
          ÀÈÉÌÒÙ maiuscole                                     | aeeiou-maiuscole
          GPT-4.1: il nuovo modello                            | gpt-4-1-il-nuovo-modello
          OpenAI 🚀 lancia o3                                  | openai-lancia-o3
          --già--  trattini  --                                | gia-trattini
          “Grazie” e «per favore»                              | grazie-e-per-favore
          Straße, Œuvre ed Ærø                                 | strasse-oeuvre-ed-aero
          ＡＢＣ ﬁne ①                                          | abc-fine-1
          """)
  void makesUrlSafeSlugsFromItalianText(String text, String expected) {
    assertThat(Slug.of(text).value()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "!!!", "🚀🚀", "’'«»", "— … —"})
  void rejectsTextWithoutLettersOrDigits(String text) {
    assertThat(Slug.canMake(text)).isFalse();
    assertThatThrownBy(() -> Slug.of(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no letter or digit");
  }

  @Test
  void cutsVeryLongTitlesAtAWordBoundary() {
    String title = "parola ".repeat(40) + "fine";

    Slug slug = Slug.of(title);

    assertThat(slug.value()).hasSizeLessThanOrEqualTo(Slug.MAX_LENGTH).doesNotEndWith("-");
    assertThat(slug.value().split("-")).containsOnly("parola");
  }

  @Test
  void cutsASingleOverlongWordAtTheLimit() {
    assertThat(Slug.of("a".repeat(200)).value()).hasSize(Slug.MAX_LENGTH);
  }

  @Test
  void aSlugAtTheLongestStillTakesASuffixWithinTheLimit() {
    Slug longest = new Slug("parola-".repeat(22) + "a".repeat(Slug.MAX_STORED_LENGTH - 154));

    Slug suffixed = longest.withSuffix(12);

    assertThat(longest.value()).hasSize(Slug.MAX_STORED_LENGTH);
    assertThat(suffixed.value()).hasSizeLessThanOrEqualTo(Slug.MAX_STORED_LENGTH).endsWith("-12");
    assertThat(suffixed).isNotEqualTo(longest.withSuffix(13));
  }

  @Test
  void rejectsNonCanonicalValues() {
    assertThatThrownBy(() -> new Slug("Con Spazi"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("`Con Spazi`");
    assertThatThrownBy(() -> new Slug("doppio--trattino"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Slug("-inizio")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addsANumericSuffixForCollisions() {
    assertThat(Slug.of("Notizia").withSuffix(2).value()).isEqualTo("notizia-2");
    assertThatThrownBy(() -> Slug.of("Notizia").withSuffix(1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordersAlphabetically() {
    assertThat(Slug.of("b")).isGreaterThan(Slug.of("a"));
  }
}
