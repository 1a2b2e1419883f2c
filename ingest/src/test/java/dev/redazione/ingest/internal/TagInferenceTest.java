package dev.redazione.ingest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Tag;
import java.util.List;
import org.junit.jupiter.api.Test;

class TagInferenceTest {

  private static List<String> mentioned(List<String> known, String text) {
    return TagInference.of(known.stream().map(Tag::of).toList()).mentionedIn(text).stream()
        .map(Tag::name)
        .toList();
  }

  @Test
  void matchesWholeWordsIgnoringCase() {
    assertThat(
            mentioned(
                List.of("OpenAI", "Microsoft", "Azure"),
                "La partnership dell’openai con MICROSOFT."))
        .containsExactly("OpenAI", "Microsoft");
  }

  @Test
  void doesNotMatchInsideLongerWords() {
    assertThat(mentioned(List.of("Meta", "Chip"), "Il metaverso e i microchip")).isEmpty();
  }

  @Test
  void matchesMultiWordNames() {
    assertThat(mentioned(List.of("GitHub Copilot"), "Usa github copilot ogni giorno"))
        .containsExactly("GitHub Copilot");
  }

  @Test
  void shortAndCapitalNamesNeedTheirExactSpelling() {
    assertThat(mentioned(List.of("AI", "API"), "Pensato ai clienti e alle api operose")).isEmpty();
    assertThat(mentioned(List.of("AI", "API"), "L’AI generativa usa una API"))
        .containsExactly("AI", "API");
  }

  @Test
  void noKnownTagsFindNothing() {
    assertThat(TagInference.none().mentionedIn("OpenAI e Microsoft")).isEmpty();
  }

  @Test
  void returnsTagsInTheGivenOrderWhateverTheOrderInTheText() {
    assertThat(mentioned(List.of("Azure", "OpenAI", "GPT-4"), "GPT-4 e OpenAI su Azure; GPT-4o no"))
        .containsExactly("Azure", "OpenAI", "GPT-4");
    assertThat(mentioned(List.of("GPT-4"), "Il nuovo GPT-4o è più veloce")).isEmpty();
  }

  @Test
  void matchesNamesThatDoNotStartWithALetter() {
    assertThat(mentioned(List.of(".NET", "#Intelligenza"), "Usa .NET e #intelligenza ovunque"))
        .containsExactly(".NET", "#Intelligenza");
    assertThat(mentioned(List.of(".NET"), "Usa ASP.NET")).isEmpty();
  }

  @Test
  void findsOneTagAmongThousandsOfKnownTags() {
    List<String> known =
        java.util.stream.IntStream.range(0, 5_000).mapToObj(i -> "Prodotto " + i).toList();

    assertThat(mentioned(known, "Il Prodotto 4321 arriva, non il prodotto 43210."))
        .containsExactly("Prodotto 4321");
  }
}
