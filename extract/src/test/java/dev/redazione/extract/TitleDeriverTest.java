package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitleDeriverTest {

  @Test
  void aShortFirstSentenceIsTheTitleWithoutItsFullStop() {
    assertThat(
            TitleDeriver.derive(
                "Apple ha presentato il nuovo iPhone. Il prezzo parte da 729 euro.",
                StopWords.ITALIAN))
        .isEqualTo("Apple ha presentato il nuovo iPhone");
  }

  @Test
  void aLongSentenceIsCutAtAClauseBoundary() {
    assertThat(
            TitleDeriver.derive(
                "Microsoft ha annunciato la sua volontà di collaborare con entusiasmo al progetto Stargate e "
                    + "l’intenzione di continuare la sua partnership strategica con OpenAI. Le due aziende stanno lavorando.",
                StopWords.ITALIAN))
        .isEqualTo(
            "Microsoft ha annunciato la sua volontà di collaborare con entusiasmo al progetto Stargate");
  }

  @Test
  void withoutAClauseBoundaryItIsCutAtAWordWithAnEllipsis() {
    String title =
        TitleDeriver.derive(
            "Secondo i dati dell’Agcom, nel terzo trimestre gli accessi in fibra fino a casa hanno superato per la "
                + "prima volta quelli in rame, con una crescita del 20% in un anno.",
            StopWords.ITALIAN);
    assertThat(title).endsWith("…").hasSizeLessThanOrEqualTo(TitleDeriver.WORD_CUT_CHARS + 1);
    assertThat(title).doesNotEndWith(" a…").doesNotEndWith(" di…");
  }

  @Test
  void abbreviationsDoNotEndTheSentence() {
    assertThat(
            TitleDeriver.derive(
                "La S.p.A. di Torino ha chiuso il bilancio in utile. Il titolo sale.",
                StopWords.ITALIAN))
        .isEqualTo("La S.p.A. di Torino ha chiuso il bilancio in utile");
  }
}
