package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.extract.StopWords.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StopWordsTest {

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"di", "Della", "nell’", "l’intenzione", "dell'accordo", "che,", "è"})
  void italianFunctionWordsAndElisionsAreStopWords(String word) {
    assertThat(StopWords.ITALIAN.isStopWord(word)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Microsoft", "accordo", "OpenAI", "intelligenza", "pubblicità"})
  void contentWordsAreNot(String word) {
    assertThat(StopWords.ITALIAN.isStopWord(word)).isFalse();
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({"EN, the", "EN, Which", "DE, und", "DE, Über", "ES, pero", "FR, dans", "PT, não"})
  void eachLanguageHasItsOwnFunctionWords(Language language, String word) {
    assertThat(StopWords.of(language).isStopWord(word)).isTrue();
    assertThat(StopWords.ITALIAN.isStopWord(word)).isFalse();
  }

  @Test
  void realProseIsDenserInFunctionWordsThanAMenu() {
    double prose =
        StopWords.ITALIAN.density(
            "Questa ristrutturazione rende difficile determinare quanta equity Microsoft otterrà dall’accordo.");
    double menu =
        StopWords.ITALIAN.density("Tecnologia Scienza Mobilità Smartphone Recensioni Offerte");
    assertThat(prose).isGreaterThan(LineShape.PROSE_MIN_STOP_DENSITY);
    assertThat(menu).isZero();
  }

  @Test
  void textWithoutWordsHasNoDensity() {
    assertThat(StopWords.ITALIAN.density("— * —")).isZero();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "IT | Il governo ha approvato la legge di bilancio dopo una lunga discussione in aula.",
        "EN | The government approved the budget after a long debate in the chamber.",
        "DE | Die Regierung hat den Haushalt nach einer langen Debatte im Parlament beschlossen.",
        "ES | El gobierno aprobó el presupuesto después de un largo debate en la cámara.",
        "FR | Nous pensons que cette décision était juste pour les habitants de la ville.",
        "PT | O governo aprovou o orçamento depois de um longo debate na câmara.",
        "NL | De regering heeft de begroting na een lang debat in het parlement goedgekeurd.",
        "DA | Regeringen har vedtaget budgettet efter en lang debat i salen, og det er godt.",
        "NO | Regjeringen har vedtatt budsjettet etter en lang debatt, og det var ikke lett.",
        "SV | Regeringen har antagit budgeten efter en lång debatt och det var inte lätt.",
        "FI | Hallitus hyväksyi talousarvion, kun se oli ollut pitkään keskustelussa.",
        "ID | Pemerintah telah menyetujui anggaran itu setelah debat yang panjang di parlemen.",
        "RU | Правительство утвердило бюджет после долгих споров, и это было не просто."
      })
  void theLanguageOfATextIsTheOneWhoseFunctionWordsItUsesMost(Language language, String text) {
    assertThat(StopWords.detect(List.of("Menu", text)).language()).isEqualTo(language);
  }

  @Test
  void thePageIsToldByItsSentencesNotByTheMenusOverThem() {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      lines.add("Sign in to your account");
      lines.add("Terms of use");
    }
    lines.add(
        "Il consiglio comunale ha approvato ieri sera il bilancio dopo una lunga discussione, e la"
            + " giunta ha promesso che i lavori per la nuova scuola partiranno entro l'estate.");
    lines.add(
        "Per i consiglieri dell'opposizione le risorse per le strade e per i trasporti sono però"
            + " troppo poche, e chiedono che il testo torni in commissione.");
    assertThat(StopWords.detect(lines).language()).isEqualTo(Language.IT);
  }

  @Test
  void aTextWithoutFunctionWordsIsItalian() {
    assertThat(StopWords.detect(List.of("Home", "OpenAI Microsoft")).language())
        .isEqualTo(Language.IT);
  }
}
