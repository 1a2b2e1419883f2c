package dev.redazione.cli;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;

/** The top-level {@code redazione} command; without a subcommand it prints its usage. */
@Command(
    name = "redazione",
    mixinStandardHelpOptions = true,
    version = "redazione 0.1.0",
    description =
        "The maintainers' tool of a Redazione newsroom: import, check and publish articles.",
    subcommands = {
      ImportCommand.class,
      ValidateCommand.class,
      InspectCommand.class,
      ListCommand.class,
      StatsCommand.class,
      NewCommand.class,
      BuildCommand.class,
      SearchCommand.class,
      IndexCommand.class,
      GenerateCommand.class,
      InspectBatchCommand.class
    })
final class RedazioneCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE;
  }

  /**
   * The configured command line: commands created by the application context, colours as the
   * terminal allows, the documented exit codes, and failures reported in one line.
   */
  static CommandLine commandLine(ApplicationContext context) {
    CommandLine commandLine =
        new CommandLine(RedazioneCommand.class, new MicronautFactory(context));
    Terminal terminal = context.getBean(Terminal.class);
    commandLine.setColorScheme(
        Help.defaultColorScheme(terminal.colour() ? Help.Ansi.ON : Help.Ansi.OFF));
    commandLine.setExecutionExceptionHandler(RedazioneCommand::failure);
    document(commandLine);
    return commandLine;
  }

  private static void document(CommandLine commandLine) {
    CommandSpec spec = commandLine.getCommandSpec();
    spec.exitCodeOnInvalidInput(ExitCode.USAGE);
    spec.exitCodeOnExecutionException(ExitCode.FAILURE);
    spec.usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCode.helpList());
    commandLine.getSubcommands().values().forEach(RedazioneCommand::document);
  }

  private static int failure(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    String command = commandLine.getCommandSpec().qualifiedName();
    if (exception instanceof IOException || exception instanceof UncheckedIOException) {
      Throwable cause = exception instanceof UncheckedIOException u ? u.getCause() : exception;
      commandLine.getErr().println(command + ": error: " + describe(cause));
    } else {
      commandLine.getErr().println(command + ": internal error, please report it:");
      exception.printStackTrace(commandLine.getErr());
    }
    commandLine.getErr().flush();
    return ExitCode.FAILURE;
  }

  private static String describe(Throwable ioFailure) {
    String message = ioFailure.getMessage();
    String kind = ioFailure.getClass().getSimpleName();
    return message == null ? kind : kind + ": " + message;
  }
}
