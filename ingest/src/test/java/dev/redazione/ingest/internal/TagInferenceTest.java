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
}
