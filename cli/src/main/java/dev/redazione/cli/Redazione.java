package dev.redazione.cli;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The entry point of {@code java -jar redazione-cli.jar}: runs one command and exits with its code.
 */
public final class Redazione {

  private Redazione() {}

  /**
   * Runs the command line and exits with the command's exit code (see {@link ExitCode}).
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    int exitCode;
    try (ApplicationContext context =
        ApplicationContext.builder(Environment.CLI).deduceEnvironment(false).start()) {
      CommandLine commandLine = RedazioneCommand.commandLine(context);
      commandLine.setOut(utf8Writer(System.out));
      commandLine.setErr(utf8Writer(System.err));
      exitCode = commandLine.execute(args);
    }
    System.exit(exitCode);
  }

  private static PrintWriter utf8Writer(java.io.PrintStream stream) {
    return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
  }
}
