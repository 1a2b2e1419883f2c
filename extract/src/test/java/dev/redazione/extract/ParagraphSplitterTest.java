package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

  private static List<String> split(String block) {
    List<String> lines = List.of(block.strip().split("\n"));
    List<Integer> numbers = IntStream.rangeClosed(1, lines.size()).boxed().toList();
    return ParagraphSplitter.split(numbers, lines.stream().map(LineShape::of).toList()).stream()
        .map(Paragraph::text)
        .toList();
  }

  @Test
  void anElidedWordEndingALineLeavesNothingHanging() {
    assertThat(
            ParagraphSplitter.runsOn(
                LineShape.of("Firenze: come funziona la nuova tassa d'ingresso"),
                LineShape.of("Prezzo, esenzioni e prenotazione: cosa sapere")))
        .isFalse();
    assertThat(
            ParagraphSplitter.runsOn(
                LineShape.of("Il comune ha fissato il prezzo dell'"),
                LineShape.of("Ingresso a cinque euro per chi non pernotta.")))
        .isTrue();
  }

  @Test
  void oneParagraphPerLineInAWebPaste() {
    assertThat(
            split(
                """
        Microsoft ha annunciato un nuovo accordo con OpenAI per i prossimi anni.
        L’accordo riguarda il cloud e i modelli di intelligenza artificiale.
        """))
        .hasSize(2);
  }

  @Test
  void hardWrappedTextIsJoinedIntoOneParagraph() {
    assertThat(
            split(
                """
        Il Politecnico di Milano ha aperto le iscrizioni a un corso online.
        Il corso è gratuito e dedicato all'intelligenza artificiale generativa,
        rivolto a studenti e professionisti che vogliono capire come funzionano
        i grandi modelli linguistici.
        """))
        .singleElement()
        .asString()
        .startsWith("Il Politecnico")
        .endsWith("modelli linguistici.");
  }

  @Test
  void aLineStoppingMidSentenceRunsOnIntoALowercaseLine() {
    assertThat(
            split(
                """
        La società ha confermato che il servizio
        sarà disponibile da lunedì in tutta Italia.
        """))
        .containsExactly(
            "La società ha confermato che il servizio sarà disponibile da lunedì in tutta Italia.");
  }

  @Test
  void aHeadingGluedToItsParagraphIsKeptApart() {
    assertThat(
            split(
                """
        Le perdite di OpenAI
        Con una valutazione di 157 miliardi di dollari, OpenAI ha rivelato spese enormi.
        """))
        .containsExactly(
            "Le perdite di OpenAI",
            "Con una valutazione di 157 miliardi di dollari, OpenAI ha rivelato spese enormi.");
  }

  @Test
  void everyListItemIsItsOwnParagraph() {
    assertThat(
            split(
                """
        Le novità principali sono:
        - il chip A18;
        - il modem C1;
        - una batteria più capiente.
        """))
        .hasSize(4);
  }

  @Test
  void aParagraphRemembersItsSourceLines() {
    List<String> lines =
        List.of("La società ha confermato che il servizio", "sarà disponibile da lunedì.");
    assertThat(ParagraphSplitter.split(List.of(7, 8), lines.stream().map(LineShape::of).toList()))
        .singleElement()
        .satisfies(p -> assertThat(p.lines()).containsExactly(7, 8));
  }
}
