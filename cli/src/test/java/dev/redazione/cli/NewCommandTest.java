package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
  void secondArticleWithTheSameTitleGetsAUniqueSlug() {
    create("Oggi in città");

    CliRun second = create("Oggi in città");

    assertThat(second.outLines()).containsExactly(temp.resolve("oggi-in-citta-2.md").toString());
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
    assertThat(run.errLines()).first().isEqualTo("title `???` has no letter or digit");
  }
}
