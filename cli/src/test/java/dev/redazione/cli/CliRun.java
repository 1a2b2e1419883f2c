package dev.redazione.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * The outcome of running one {@code redazione} command in-process, with its output captured.
 *
 * @param exitCode the exit code
 * @param out what the command printed on its standard output
 * @param err what the command printed on its error output
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs the command line as {@code redazione args…} would, in a fresh application context. */
  static CliRun of(String... args) {
    try (ApplicationContext context =
        ApplicationContext.builder(Environment.CLI, Environment.TEST)
            .deduceEnvironment(false)
            .start()) {
      CommandLine commandLine = RedazioneCommand.commandLine(context);
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      commandLine.setOut(new PrintWriter(out, true));
      commandLine.setErr(new PrintWriter(err, true));
      int exitCode = commandLine.execute(args);
      return new CliRun(exitCode, out.toString(), err.toString());
    }
  }

  /** The lines of the standard output. */
  List<String> outLines() {
    return out.lines().toList();
  }

  /** The lines of the error output. */
  List<String> errLines() {
    return err.lines().toList();
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
