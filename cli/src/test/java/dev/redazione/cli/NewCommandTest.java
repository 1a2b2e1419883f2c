package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewCommandTest {

  @TempDir Path temp;

  private CliRun create(String title, String... options) {
    String[] args = new String[4 + options.length];
    args[0] = "new";
    args[1] = title;
    args[2] = "--content";
    args[3] = temp.toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return CliRun.of(args);
  }

  @Test
  void writesADraftNamedAfterTheTitleAndPrintsItsPath() {
    CliRun run =
        create(
            "Il nuovo piano: più bici",
            "--tags",
            "Comune,Mobilità",
            "--author",
            "Giulia Neri",
            "--date",
            "2026-11-23");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.outLines())
        .containsExactly(temp.resolve("il-nuovo-piano-piu-bici.md").toString());
    CliRun inspect = CliRun.of("inspect", "il-nuovo-piano-piu-bici", "--content", temp.toString());
    assertThat(inspect.outLines())
        .contains(
            temp.resolve("il-nuovo-piano-piu-bici.md") + " (FRONT_MATTER_MARKDOWN, draft)",
            "  title       Il nuovo piano: più bici  [FRONT_MATTER, line 2]",
            "  date        2026-11-23  [FRONT_MATTER, line 4]",
            "  authors     Giulia Neri  [FRONT_MATTER, line 6]")
        .anyMatch(l -> l.startsWith("  tags        Comune, Mobilità  [FRONT_MATTER"));
  }

  @Test
  void dateDefaultsToToday() {
    create("Oggi in città");

    CliRun inspect = CliRun.of("inspect", "oggi-in-citta", "--content", temp.toString(), "--json");
    assertThat(inspect.out()).contains("\"date\" : \"" + LocalDate.now() + "\"");
  }

  @Test
  void secondArticleWithTheSameTitleIsRefusedWithoutForce() throws Exception {
    create("Oggi in città");
    String first = Files.readString(temp.resolve("oggi-in-citta.md"));

    CliRun second = create("Oggi in città");

    assertThat(second.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(second.errLines())
        .first()
        .isEqualTo(
            "redazione new: slug `oggi-in-citta` is already used by the article in "
                + temp.resolve("oggi-in-citta.md")
                + "; nothing written (use --force to write it under a numbered slug)");
    assertThat(second.out()).isEmpty();
    assertThat(temp).isDirectoryNotContaining("glob:**/oggi-in-citta-2.md");
    assertThat(Files.readString(temp.resolve("oggi-in-citta.md"))).isEqualTo(first);
  }

  @Test
  void forceWritesTheSecondArticleUnderANumberedSlugAndSaysSo() {
    create("Oggi in città");

    CliRun second = create("Oggi in città", "--force");

    assertThat(second.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(second.outLines()).containsExactly(temp.resolve("oggi-in-citta-2.md").toString());
    assertThat(second.errLines())
        .containsExactly(
            "new: note: slug `oggi-in-citta` is already used; written as `oggi-in-citta-2`");
  }

  @Test
  void draftIsReportedByValidateAndKeptOutOfTheList() {
    create("Oggi in città");

    assertThat(CliRun.of("validate", "--content", temp.toString()).outLines())
        .anyMatch(l -> l.startsWith(temp.resolve("oggi-in-citta.md") + ": info: DRAFT "));
    assertThat(CliRun.of("list", "--content", temp.toString()).outLines())
        .containsExactly("SLUG  DATE  TITLE  TAGS", "0 articles");
  }

  @Test
  void titleWithoutLettersIsAUsageError() {
    CliRun run = create("???");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "redazione new: title `???` has no letter or digit",
            "Run `redazione new --help` for its options.");
  }
}
