package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.redazione.testkit.ArticleTexts;
import dev.redazione.testkit.Seeds;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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
            .with("a.md", ArticleTexts.dated("Bilancio approvato", "2024-03-15", "Comune", 3))
            .with("b.md", ArticleTexts.dated("Nuove piste ciclabili", "2025-01-20", "Comune", 3));

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
            .with("a.md", ArticleTexts.dated(longTitle.strip(), "2024-03-15", "Comune", 3));

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
            .with(
                "rotto.md", "---\ntitle: Rotto\ndate: 2025-13-45\n---\n\n" + ArticleTexts.body(3));

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
            .with("a.md", ArticleTexts.dated("Bilancio approvato", "2024-03-15", "Comune", 3))
            .with("b.md", ArticleTexts.dated("Bilancio approvato", "2024-03-16", "Comune", 3));

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

  @Test
  void missingImagePointsAtTheLineOfTheImageNotAtAnEarlierMention() {
    ContentFolder content =
        new ContentFolder(temp)
            .with(
                "foto.md",
                "---\ntitle: Il nuovo ponte\ndate: 2024-03-15\nsubtitle: Si vede in ponte.jpg\n"
                    + "---\n\nIl file ponte.jpg è citato qui.\n\n"
                    + ArticleTexts.body(2)
                    + "![Il ponte](ponte.jpg)\n");

    CliRun run = CliRun.of("validate", "--content", content.arg());

    assertThat(run.outLines())
        .contains(
            path("foto.md")
                + ":13: warning: MISSING_IMAGE image `ponte.jpg` does not exist (no file"
                + " `ponte.jpg`)");
  }

  @Test
  void linksOutOfTheFolderAndUnsafeSvgAreReportedWhereTheyAreAndWhereTheyAreUsed(
      @TempDir Path elsewhere) throws Exception {
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0:root:/root\n");
    ContentFolder content =
        new ContentFolder(temp)
            .with(
                "foto.md",
                "---\ntitle: Il nuovo ponte\ndate: 2024-03-15\nimage: logo.svg\n---\n\n"
                    + ArticleTexts.body(2)
                    + "![Il ponte](ponte.png)\n")
            .with("logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n");
    Files.createSymbolicLink(temp.resolve("ponte.png"), secret);
    Files.createSymbolicLink(temp.resolve("note.txt"), secret);

    CliRun run = CliRun.of("validate", "--content", content.arg(), "--format", "json");

    List<String> lines =
        ((List<?>) JsonMapper.builder().build().readValue(run.out(), Map.class).get("diagnostics"))
            .stream()
                .map(d -> (Map<?, ?>) d)
                .map(
                    d ->
                        d.get("path")
                            + ":"
                            + d.get("line")
                            + ":"
                            + d.get("code")
                            + " "
                            + d.get("message"))
                .toList();
    assertThat(lines)
        .containsExactlyInAnyOrder(
            path("foto.md")
                + ":4:MISSING_IMAGE image `logo.svg` is not published: `logo.svg` is refused"
                + " (UNSAFE_SVG; see that file's diagnostic)",
            path("foto.md")
                + ":11:MISSING_IMAGE image `ponte.png` is not published: `ponte.png` is refused"
                + " (OUTSIDE_LINK; see that file's diagnostic)",
            path("logo.svg")
                + ":1:UNSAFE_SVG the SVG image is not published because <svg> has the attribute"
                + " `onload`, which is not allowed; expected plain SVG shapes, text, gradients and"
                + " filters, without script, links, event handlers or references to other files",
            path("note.txt")
                + ":0:OUTSIDE_LINK a symbolic link that resolves outside the content folder; it is"
                + " not read, served or exported (only files inside the folder are published)",
            path("ponte.png")
                + ":0:OUTSIDE_LINK a symbolic link that resolves outside the content folder; it is"
                + " not read, served or exported (only files inside the folder are published)");
  }

  @Test
  void unreadableSubfolderIsReportedAndEverythingElseIsChecked() throws IOException {
    ContentFolder content =
        new ContentFolder(temp)
            .with("a.md", ArticleTexts.dated("Bilancio approvato", "2024-03-15", "Comune", 3))
            .with("lost+found/perso.md", "Perso\n\nTesto.\n");
    Path locked = temp.resolve("lost+found");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeFalse(Files.isReadable(locked), "permissions are not enforced for this user (root)");

      CliRun run = CliRun.of("validate", "--content", content.arg());

      assertThat(run.outLines())
          .containsExactly(
              path("lost+found")
                  + ": warning: UNREADABLE_PATH the folder cannot be listed (permission denied);"
                  + " its files are skipped, the rest of the content is read",
              "1 article, 0 drafts: 0 errors, 1 warning, 0 notes");
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }
}
