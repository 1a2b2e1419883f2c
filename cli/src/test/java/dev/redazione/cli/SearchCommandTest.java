package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {

  @TempDir Path temp;
  private ContentFolder content;

  @BeforeEach
  void writeArticles() {
    content =
        new ContentFolder(temp)
            .with(
                "accordo.md",
                "---\ntitle: L’accordo sul bilancio & le società\ndate: 2024-03-15\ntags: [Comune]\n---\n\n"
                    + "Il consiglio ha approvato gli accordi con le società partecipate. "
                    + "La votazione è durata tre ore.\n")
            .with(
                "piste.md",
                "---\ntitle: Nuove piste ciclabili\ndate: 2025-01-20\ntags: [Mobilità]\n---\n\n"
                    + "Il comune apre due piste ciclabili in centro.\n");
  }

  @Test
  void printsEachHitWithItsPassageThenTheCount() {
    CliRun run = CliRun.of("search", "--content", content.arg(), "societa");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .containsExactly(
            "L’accordo sul bilancio & le società  l-accordo-sul-bilancio-le-societa, 2024-03-15",
            "    Il consiglio ha approvato gli accordi con le società partecipate. La votazione è"
                + " durata tre ore.",
            "1 article");
  }

  @Test
  void joinsTheWordsOfTheQuery() {
    CliRun run = CliRun.of("search", "--content", content.arg(), "piste", "ciclabili");

    assertThat(run.outLines()).last().isEqualTo("1 article");
  }

  @Test
  void proposesACorrectionWhenNothingMatches() {
    CliRun run = CliRun.of("search", "--content", content.arg(), "ciclabli");

    assertThat(run.outLines()).containsExactly("0 articles", "Forse cercavi: ciclabili");
  }

  @Test
  void printsJsonWithMarkedHtml() throws IOException {
    CliRun run = CliRun.of("search", "--content", content.arg(), "accordo", "--json");

    JsonNode json = JsonMapper.builder().build().readTree(run.out());
    assertThat(json.get("total").asInt()).isEqualTo(1);
    JsonNode hit = json.get("hits").get(0);
    assertThat(hit.get("slug").asText()).isEqualTo("l-accordo-sul-bilancio-le-societa");
    assertThat(hit.get("titleHtml").asText())
        .isEqualTo("<mark>L’accordo</mark> sul bilancio &amp; le società");
    assertThat(hit.get("passageHtml").asText()).contains("<mark>accordi</mark>");
  }

  @Test
  void filtersByTag() {
    CliRun run = CliRun.of("search", "--content", content.arg(), "comune", "--tag", "mobilita");

    assertThat(run.outLines()).last().isEqualTo("1 article");
  }

  @Test
  void answersSyntaxThatIsNotAQuery() {
    CliRun run = CliRun.of("search", "--content", content.arg(), "\"(", "AND", "*");

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).containsExactly("0 articles");
  }

  @Test
  void rejectsALimitOutOfRange() {
    CliRun run = CliRun.of("search", "--content", content.arg(), "accordo", "--limit", "0");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("--limit must be 1 to 100");
  }

  @Test
  void requiresAQuery() {
    assertThat(CliRun.of("search", "--content", content.arg()).exitCode())
        .isEqualTo(ExitCode.USAGE);
  }
}
