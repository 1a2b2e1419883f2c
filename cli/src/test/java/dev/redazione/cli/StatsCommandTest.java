package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.redazione.testkit.ArticleTexts;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatsCommandTest {

  @TempDir Path temp;
  private ContentFolder content;

  @BeforeEach
  void writeArticles() {
    content =
        new ContentFolder(temp)
            .with(
                "bilancio.md",
                ArticleTexts.dated("Bilancio approvato", "2024-03-15", "Comune, Bilancio", 2))
            .with(
                "piste.md", ArticleTexts.dated("Nuove piste ciclabili", "2025-01-20", "Comune", 3))
            .with("grezzo.txt", "Lavori in corso in centro\n\n" + ArticleTexts.body(2));
  }

  @Test
  void printsCountsByFormatYearTagAuthorAndSeverity() {
    CliRun run = CliRun.of("stats", "--content", content.arg());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .startsWith(
            "articles  3 (0 drafts)",
            "words     280",
            "by format",
            "  FRONT_MATTER_MARKDOWN  2",
            "  RAW_TEXT               1",
            "by year",
            "  2025     1",
            "  2024     1",
            "  undated  1",
            "by tag",
            "  Comune    2",
            "  Bilancio  1",
            "by author",
            "  Giulia Neri  2",
            "diagnostics");
  }

  @Test
  void jsonHasTheSameCounts() throws Exception {
    CliRun run = CliRun.of("stats", "--content", content.arg(), "--json");

    Map<String, Object> json =
        JsonMapper.builder().build().readerForMapOf(Object.class).readValue(run.out());
    assertThat(json)
        .containsEntry("articles", 3)
        .containsEntry("words", 280)
        .containsEntry("formats", Map.of("FRONT_MATTER_MARKDOWN", 2, "RAW_TEXT", 1))
        .containsEntry("years", Map.of("2025", 1, "2024", 1, "undated", 1))
        .containsKey("diagnostics");
  }
}
