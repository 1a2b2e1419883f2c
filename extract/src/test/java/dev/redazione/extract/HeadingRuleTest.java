package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingRuleTest {

  private static Paragraph paragraph(String text) {
    return Paragraph.of(List.of(1), text, StopWords.ITALIAN);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "L’accordo tra Microsoft e OpenAI",
        "Un’IPO all’orizzonte per OpenAI",
        "Prospettive future e implicazioni",
        "Cosa cambia per i medici?",
        "Conclusioni",
        "2025, l’anno della svolta",
        "Prezzo e disponibilità",
        "L’incidente",
        "L'allarme"
      })
  void shortStandaloneLinesWithoutFinalPunctuationAreHeadings(String text) {
    assertThat(HeadingRule.isHeadingShaped(paragraph(text))).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Il servizio è gratuito.",
        "Perché?",
        "Ecco le novità:",
        "- il chip A18",
        "Davvero!",
        "Secondo quanto ha condiviso la società di Redmond:",
        "ChatGPT, il popolare chatbot di OpenAI, ha un costo...",
        "Un titolo che continua troppo a lungo per essere davvero un titolo di sezione di un articolo di giornale"
      })
  void sentencesLabelsAndLongLinesAreNot(String text) {
    assertThat(HeadingRule.isHeadingShaped(paragraph(text))).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tensioni e nuove alleanze", "Il prezzo"})
  void aHeadingNeedsTextToIntroduce(String heading) {
    assertThat(HeadingRule.canFollow(paragraph(heading), false)).isFalse();
    assertThat(
            HeadingRule.canFollow(
                paragraph("Nonostante Microsoft abbia investito oltre 13 miliardi di dollari."),
                false))
        .isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Il sindaco ha venduto la sua auto nel", "E ancora: “Anche il tema de"})
  void theTextsLastParagraphCutOffIsTextAHeadingIntroduces(String cut) {
    assertThat(HeadingRule.canFollow(paragraph(cut), true)).isTrue();
    assertThat(HeadingRule.canFollow(paragraph(cut), false)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Mario Rossi", "Tensioni e nuove alleanze"})
  void aLastLabelIsNoTextEvenWhenLast(String label) {
    assertThat(HeadingRule.canFollow(paragraph(label), true)).isFalse();
  }
}
