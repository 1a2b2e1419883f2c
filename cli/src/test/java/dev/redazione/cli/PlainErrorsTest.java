package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.Seeds;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Every user error is one plain sentence with the right exit code: no help text after a usage
 * error, no Java exception's name, no stack trace unless {@code --verbose} asks for it.
 */
class PlainErrorsTest {

  @TempDir Path temp;

  @Test
  void aUsageErrorPrintsTheMessageAndAOneLineHintNotTheHelp() {
    CliRun run = CliRun.of("build", "--bogus");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "redazione build: Unknown option: '--bogus'",
            "Run `redazione build --help` for its options.");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void anImpossibleDateIsOnePlainSentence() {
    CliRun run = CliRun.of("new", "Titolo", "--content", temp.toString(), "--date", "2025-02-30");

    assertThat(run.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(run.errLines())
        .containsExactly(
            "redazione new: Invalid value for option '--date': `2025-02-30` is not a day of the"
                + " calendar; expected YYYY-MM-DD, such as 2025-02-28",
            "Run `redazione new --help` for its options.");
    assertThat(temp).isEmptyDirectory();
  }

  @Test
  void aConversionPicocliWordsItselfLosesTheJavaExceptionItQuotes() {
    assertThat(
            RedazioneCommand.plain(
                "Invalid value for option '--x': cannot convert 'a' to class java.time.LocalDate"
                    + " (java.time.format.DateTimeParseException: Text 'a' could not be parsed at"
                    + " index 0)"))
        .isEqualTo(
            "Invalid value for option '--x': cannot convert 'a' to class java.time.LocalDate");
  }

  @Test
  void anOutputFolderThatCannotBeCreatedIsOnePlainSentence() throws Exception {
    Path file = Files.writeString(temp.resolve("un-file"), "x");
    Path out = file.resolve("sito");

    CliRun run =
        CliRun.of(
            "build",
            "--content",
            Seeds.copyTo(temp.resolve("c")).toString(),
            "--out",
            out.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(run.errLines())
        .singleElement()
        .asString()
        .startsWith("redazione build: error: cannot write the site to " + out + " (")
        .doesNotContain("Exception", "\tat ");
  }

  @Test
  void anInternalErrorIsOneSentenceAndItsDetailsComeOnlyWithVerbose() {
    CliRun plain = runFailing("guasto");
    CliRun verbose = runFailing("guasto", "--verbose");

    assertThat(plain.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(plain.errLines())
        .containsExactly(
            "redazione guasto: internal error, please report it (run it again with --verbose for"
                + " the details)");
    assertThat(verbose.exitCode()).isEqualTo(ExitCode.FAILURE);
    assertThat(verbose.errLines())
        .first()
        .isEqualTo("redazione guasto: internal error, please report it; the details follow");
    assertThat(verbose.err()).contains("IllegalStateException: a bug", "\tat ");
  }

  /** A command that fails as a bug would. */
  @Command(name = "guasto")
  static final class Failing implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug");
    }
  }

  private static CliRun runFailing(String... args) {
    try (ApplicationContext context =
        ApplicationContext.builder(Environment.CLI, Environment.TEST)
            .deduceEnvironment(false)
            .start()) {
      CommandLine commandLine = RedazioneCommand.commandLine(context);
      commandLine.addSubcommand(new Failing());
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      return new CliRun(commandLine.execute(args), out.toString(), err.toString());
    }
  }
}
