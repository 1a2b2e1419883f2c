package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HelpTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "import",
        "validate",
        "inspect",
        "list",
        "stats",
        "new",
        "build",
        "index",
        "generate",
        "inspect-batch"
      })
  void everyCommandHasHelpListingTheExitCodes(String command) {
    CliRun run = CliRun.of(command, "--help");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCode.OK);
    assertThat(run.out())
        .startsWith("Usage: redazione " + command)
        .contains("Exit codes:", "  0   ok", "  1   content errors found", "  2   usage error");
  }

  @Test
  void topLevelHelpListsTheCommandsButNotTheHiddenOnes() {
    CliRun run = CliRun.of("--help");

    assertThat(run.out())
        .contains(
            "  import ", "  validate ", "  inspect ", "  list ", "  stats ", "  new ", "  build ");
    assertThat(run.out()).doesNotContain("generate", "inspect-batch");
  }

  @Test
  void noCommandPrintsUsageAndIsAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).startsWith("Usage: redazione");
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("list", "--colour");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.err()).contains("Unknown option: '--colour'");
  }

  @Test
  void missingContentFolderIsAUsageError() {
    CliRun run = CliRun.of("list", "--content", "no-such-folder");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "redazione list: content folder `no-such-folder` does not exist or is not a folder",
            "Run `redazione list --help` for its options.");
  }
}
