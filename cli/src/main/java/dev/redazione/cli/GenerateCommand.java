package dev.redazione.cli;

import dev.redazione.testkit.generate.ArticleGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code redazione generate}: writes N realistic generated articles, for benchmarks and load tests.
 */
@Command(
    name = "generate",
    hidden = true,
    mixinStandardHelpOptions = true,
    description = {
      "Writes generated articles, for benchmarks and load scripts.",
      "Writes COUNT realistic Italian articles in both formats into an empty or new folder,"
          + " the same ones for the same seed."
    })
final class GenerateCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Parameters(paramLabel = "COUNT", description = "How many articles to write.")
  private int count;

  @Option(
      names = "--to",
      paramLabel = "DIR",
      required = true,
      description = "The folder to write into.")
  private Path target;

  @Option(
      names = "--seed",
      paramLabel = "SEED",
      defaultValue = "1",
      description = "The random seed (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Override
  public Integer call() throws IOException {
    if (count < 1) {
      throw new ParameterException(spec.commandLine(), "COUNT must be at least 1, was " + count);
    }
    if (Files.isDirectory(target)) {
      try (var entries = Files.list(target)) {
        if (entries.findAny().isPresent()) {
          throw new ParameterException(spec.commandLine(), "folder `" + target + "` is not empty");
        }
      }
    }
    Files.createDirectories(target);
    new ArticleGenerator().writeTo(target, count, seed);
    spec.commandLine().getOut().println("wrote " + count + " articles to " + target);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
