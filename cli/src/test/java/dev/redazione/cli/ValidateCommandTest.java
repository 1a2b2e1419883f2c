package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  @TempDir Path temp;

  private String path(String name) {
    return temp.resolve(name).toString();
  }

  @Test
  void cleanFolderPrintsOnlyTheSummaryAndExitsZero() {
    ContentFolder content =
        new ContentFolder(temp)
            .with("a.md", Articles.dated("Bilancio approvato", "2024-03-15", "Comune", 3))
            .with("b.md", Articles.dated("Nuove piste ciclabili", "2025-01-20", "Comune", 3));

    CliRun run = CliRun.of("validate", "--content", content.arg());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .containsExactly("2 articles, 0 drafts: 0 errors, 0 warnings, 0 notes");
  }

  @Test
  void editorialChecksAreReportedSortedByFileAndLine() {
    String longTitle = "Il consiglio comunale approva " + "un piano molto ambizioso ".repeat(4);
    ContentFolder content =
        new ContentFolder(temp)
            .with(
                "b.md",
                "---\ntitle: Breve\n---\n\nPoche parole qui.\n\nLeggi anche\n\n![Il sindaco](foto/sindaco.jpg)\n")
            .with("a.md", Articles.dated(longTitle.strip(), "2024-03-15", "Comune", 3));

    CliRun run = CliRun.of("validate", "--content", content.arg());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .containsExactly(
            path("a.md")
                + ":2: warning: TITLE_TOO_LONG the title has 129 characters; a headline has at most 110",
            path("b.md") + ": warning: SHORT_BODY the body has 5 words; expected at least 80",
            path("b.md")
                + ": warning: UNDATED the article has no publication date; add `date: YYYY-MM-DD`",
            path("b.md")
                + ":7: warning: LEFTOVER_FURNITURE `Leggi anche` looks like page furniture left in the body; remove it",
            path("b.md")
                + ":9: warning: MISSING_IMAGE image `foto/sindaco.jpg` does not exist (no file `foto/sindaco.jpg`)",
            "2 articles, 0 drafts: 0 errors, 5 warnings, 0 notes");
  }

  @Test
  void strictTurnsWarningsIntoFailure() {
    ContentFolder content =
        new ContentFolder(temp).with("a.md", "---\ntitle: Breve\n---\n\nPoche parole.\n");

    assertThat(CliRun.of("validate", "--content", content.arg()).exitCode()).isEqualTo(ExitCode.OK);
    assertThat(CliRun.of("validate", "--content", content.arg(), "--strict").exitCode())
        .isEqualTo(ExitCode.CONTENT_ERRORS);
  }

  @Test
  void parseErrorIsReportedAtItsLineAndFails() {
    ContentFolder content =
        new ContentFolder(temp)
            .with("rotto.md", "---\ntitle: Rotto\ndate: 2025-13-45\n---\n\n" + Articles.body(3));

    CliRun run = CliRun.of("validate", "--content", content.arg());

    assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT_ERRORS);
    assertThat(run.outLines())
        .anyMatch(l -> l.startsWith(path("rotto.md") + ":3: error: INVALID_DATE "));
    assertThat(run.outLines()).last().asString().contains(": 1 error, ");
  }

  @Test
  void duplicateSlugsAreReported() {
    ContentFolder content =
        new ContentFolder(temp)
            .with("a.md", Articles.dated("Bilancio approvato", "2024-03-15", "Comune", 3))
            .with("b.md", Articles.dated("Bilancio approvato", "2024-03-16", "Comune", 3));

    CliRun run = CliRun.of("validate", "--content", content.arg());

    assertThat(run.outLines())
        .anyMatch(l -> l.startsWith(path("b.md") + ": warning: DUPLICATE_SLUG "));
  }

  @Test
  void jsonFormatListsDiagnosticsAndCounts() throws Exception {
    ContentFolder content =
        new ContentFolder(temp).with("a.md", "---\ntitle: Breve\n---\n\nPoche parole.\n");

    CliRun run = CliRun.of("validate", "--content", content.arg(), "--format", "json", "--strict");

    Map<String, Object> json =
        JsonMapper.builder().build().readerForMapOf(Object.class).readValue(run.out());
    assertThat(json)
        .containsEntry("articles", 1)
        .containsEntry("errors", 0)
        .containsEntry("warnings", 2)
        .containsEntry("passed", false);
    assertThat((List<?>) json.get("diagnostics"))
        .first()
        .isEqualTo(
            Map.of(
                "path", path("a.md"),
                "line", 0,
                "severity", "warning",
                "code", "SHORT_BODY",
                "message", "the body has 2 words; expected at least 80"));
    assertThat(run.exitCode()).isEqualTo(ExitCode.CONTENT_ERRORS);
  }

  @Test
  void seedsValidateWithoutErrors() {
    CliRun run =
        CliRun.of("validate", "--content", Seeds.copyTo(temp.resolve("content")).toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines()).last().asString().startsWith("5 articles, 0 drafts: 0 errors, ");
  }
}
