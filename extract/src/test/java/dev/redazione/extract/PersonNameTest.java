package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonNameTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Claudio Garau",
        "Maria De Santis",
        "Jean-Luc D’Amico",
        "CLAUDIO GARAU",
        "J. R. R. Tolkien",
        "Ludwig van Beethoven"
      })
  void namesAreRecognised(String text) {
    assertThat(PersonName.isPersonName(text)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Garau",
        "Le perdite di OpenAI",
        "Microsoft ha annunciato",
        "Windows 11",
        "Pubblicità",
        "il Garante"
      })
  void otherTextIsNotAName(String text) {
    assertThat(PersonName.isPersonName(text)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"Redazione", "la Redazione", "Redazione Wired", "la Redazione di Wired", "Staff"})
  void newsroomSignaturesAreRecognised(String text) {
    assertThat(PersonName.isNewsroom(text)).isTrue();
  }
}
