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
  void aKickerInCapitalsGluedBeforeTheHeadlineIsFound() {
    assertThat(HeadlineText.afterGluedKicker("GIRO D'ITALIA Giorno di riposo al Giro"))
        .isEqualTo(14);
    assertThat(HeadlineText.afterGluedKicker("IL CASO Ecco perché il ponte resta chiuso"))
        .isEqualTo(8);
    assertThat(
            HeadlineText.afterGluedKicker("GIUBILEO 2025 Sono più di mezzo milione i pellegrini"))
        .isEqualTo(14);
    assertThat(HeadlineText.afterGluedKicker("NBA Finals, Boston vince gara uno")).isEqualTo(-1);
    assertThat(HeadlineText.afterGluedKicker("IL CASO Ecco perché")).isEqualTo(-1);
    assertThat(HeadlineText.afterGluedKicker("DAGOREPORT – INCONTRO TRA I DUE MINISTRI"))
        .isEqualTo(-1);
  }

  @Test
  void aGallerysPagerAfterTheHeadlineIsFoundButNotAFractionInside() {
    assertThat(HeadlineText.galleryPager("Le dieci spiagge più belle della Puglia (1 / 10)"))
        .isEqualTo(39);
    assertThat(HeadlineText.galleryPager("Il ristorante stellato con il menù a 20 euro (3/7)"))
        .isEqualTo(44);
    assertThat(HeadlineText.galleryPager("Affluenza al 45 per cento (1/2) nei seggi"))
        .isEqualTo(-1);
    assertThat(HeadlineText.galleryPager("(1 / 2)")).isEqualTo(-1);
  }

  @Test
  void aLineOfSeparatorsAloneHasNone() {
    assertThat(HeadlineText.danglingSeparator(" / ")).isEqualTo(-1);
  }

  @Test
  void aDateTheHeadlineNamesBelongsToIt() {
    assertThat(
            HeadlineText.ownsDate(
                "Incendi boschivi, il bollettino di oggi 3 agosto 2024", StopWords.ITALIAN))
        .isTrue();
    assertThat(
            HeadlineText.ownsDate(
                "Sciopero dei medici di base del 12 marzo 2024", StopWords.ITALIAN))
        .isTrue();
  }

  @Test
  void aDatelineGluedToTheHeadlineIsNotPartOfIt() {
    assertThat(
            HeadlineText.ownsDate("Il nuovo stadio di Firenze 12 febbraio 2023", StopWords.ITALIAN))
        .isFalse();
    assertThat(
            HeadlineText.ownsDate(
                "Il nuovo stadio di Firenze pubblicato il 12 febbraio 2023", StopWords.ITALIAN))
        .isFalse();
    assertThat(HeadlineText.ownsDate("Bilancio di oggi 12 febbraio 2023", StopWords.ITALIAN))
        .isFalse();
  }
}
