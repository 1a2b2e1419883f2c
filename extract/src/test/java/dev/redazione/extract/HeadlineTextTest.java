package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTextTest {

  @Test
  void aSeparatorLeftDanglingAtTheEndIsFound() {
    assertThat(HeadlineText.danglingSeparator("Notizie sull'economia /")).isEqualTo(21);
    assertThat(HeadlineText.danglingSeparator("Il nuovo stadio di Firenze costerà di più |"))
        .isEqualTo(41);
    assertThat(HeadlineText.danglingSeparator("Sciopero dei treni, le fasce garantite – ·"))
        .isEqualTo(38);
  }

  @Test
  void separatorsInsideTheHeadlineAndWordsWithHyphensAreNone() {
    assertThat(HeadlineText.danglingSeparator("Roma - Lazio, il derby finisce in parità"))
        .isEqualTo(-1);
    assertThat(HeadlineText.danglingSeparator("Il caso Rossi-Bianchi")).isEqualTo(-1);
  }

  @Test
  void aLineOfSeparatorsAloneHasNone() {
    assertThat(HeadlineText.danglingSeparator(" / ")).isEqualTo(-1);
  }
}
