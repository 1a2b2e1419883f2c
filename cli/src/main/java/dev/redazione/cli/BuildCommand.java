package dev.redazione.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/**
 * {@code redazione build}: the static export of the site (placeholder until the site module lands).
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Exports the whole site as static files.")
final class BuildCommand implements Callable<Integer> {

  @Override
  public Integer call() {
    return ExitCode.OK;
  }
}
