package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadlineTextTest {

  @Test
  void aSeparatorLeftDanglingAtTheEndGoes() {
    assertThat(HeadlineText.clean("Notizie sull'economia /")).isEqualTo("Notizie sull'economia");
    assertThat(HeadlineText.clean("Il nuovo stadio di Firenze costerà di più |"))
        .isEqualTo("Il nuovo stadio di Firenze costerà di più");
    assertThat(HeadlineText.clean("Sciopero dei treni, le fasce garantite – ·"))
        .isEqualTo("Sciopero dei treni, le fasce garantite");
  }

  @Test
  void separatorsInsideTheHeadlineAndWordsWithHyphensStay() {
    assertThat(HeadlineText.clean("Roma - Lazio, il derby finisce in parità"))
        .isEqualTo("Roma - Lazio, il derby finisce in parità");
    assertThat(HeadlineText.clean("Il caso Rossi-Bianchi")).isEqualTo("Il caso Rossi-Bianchi");
  }

  @Test
  void aLineOfSeparatorsAloneStaysAsItIs() {
    assertThat(HeadlineText.clean(" / ")).isEqualTo(" / ");
  }
}
