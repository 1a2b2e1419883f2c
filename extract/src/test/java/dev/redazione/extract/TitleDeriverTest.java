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
  void thePlaceOpeningTheLeadIsNoPartOfTheTitle() {
    assertThat(
            TitleDeriver.derive(
                "TERMOLI. È cominciata la prova scritta. I candidati sono tremila.",
                StopWords.ITALIAN))
        .isEqualTo("È cominciata la prova scritta");
    assertThat(
            TitleDeriver.derive(
                "ROMA – Il Senato ha approvato la riforma. Ora tocca alla Camera.",
                StopWords.ITALIAN))
        .isEqualTo("Il Senato ha approvato la riforma");
    assertThat(TitleDeriver.derive("UE. Accordo raggiunto sui dazi.", StopWords.ITALIAN))
        .isEqualTo("Accordo raggiunto sui dazi");
    assertThat(
            TitleDeriver.derive(
                "Si apre la stagione delle serie TV. Tanti gli show in arrivo.", StopWords.ITALIAN))
        .isEqualTo("Si apre la stagione delle serie TV. Tanti gli show in arrivo");
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
