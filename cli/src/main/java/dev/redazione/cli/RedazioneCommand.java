package dev.redazione.cli;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

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

  /** The option that adds the details of a failure (its stack trace) to the one-line message. */
  static final String VERBOSE = "--verbose";

  @Spec private CommandSpec spec;

  @Option(
      names = VERBOSE,
      scope = ScopeType.INHERIT,
      description = "On a failure, print its details too (for a bug report).")
  private boolean verbose;

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
    commandLine.setParameterExceptionHandler(RedazioneCommand::usageError);
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

  /**
   * A wrong command line: the message and a one-line hint to the command's help, never the whole
   * help text.
   */
  private static int usageError(ParameterException exception, String[] args) {
    CommandLine commandLine = exception.getCommandLine();
    PrintWriter err = commandLine.getErr();
    String command = commandLine.getCommandSpec().qualifiedName();
    err.println(command + ": " + plain(exception.getMessage()));
    UnmatchedArgumentException.printSuggestions(exception, err);
    err.println("Run `" + command + " --help` for its options.");
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * A picocli message without the Java exception it may quote in parentheses, as in a conversion
   * failure picocli words itself: {@code cannot convert 'x' to class java.time.LocalDate
   * (java.time.format.DateTimeParseException: …)}.
   */
  static String plain(String message) {
    return message == null
        ? "invalid command line"
        : message.replaceAll("\\s*\\((java|javax|picocli)\\.[A-Za-z.$]+(: [^)]*)?\\)", "");
  }

  private static int failure(
      Exception exception, CommandLine commandLine, ParseResult parseResult) {
    String command = commandLine.getCommandSpec().qualifiedName();
    PrintWriter err = commandLine.getErr();
    boolean verbose = verbose(parseResult);
    if (exception instanceof CommandFailure failure) {
      err.println(command + ": error: " + failure.getMessage());
    } else if (exception instanceof IOException || exception instanceof UncheckedIOException) {
      err.println(command + ": error: " + IoMessages.reason(exception));
    } else {
      err.println(
          command
              + ": internal error, please report it"
              + (verbose
                  ? "; the details follow"
                  : " (run it again with --verbose for the details)"));
    }
    if (verbose) {
      exception.printStackTrace(err);
    }
    err.flush();
    return ExitCode.FAILURE;
  }

  private static boolean verbose(ParseResult parseResult) {
    for (ParseResult result = parseResult; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption(VERBOSE)) {
        return true;
      }
    }
    return false;
  }
}
