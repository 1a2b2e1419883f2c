package dev.redazione.cli;

/** Counts what {@code import} did with its files and turns it into a summary and an exit code. */
final class ImportTally {

  private int imported;
  private int withErrors;
  private int failed;
  private int refused;

  /** A file that gave an article; {@code withErrors} when the article carries error diagnostics. */
  void imported(boolean withErrors) {
    imported++;
    if (withErrors) {
      this.withErrors++;
    }
  }

  /** A file that gave no article. */
  void failed() {
    failed++;
  }

  /** A file that was missing or whose target could not be written without --force. */
  void refused() {
    refused++;
  }

  /** The closing line. */
  String summary(boolean dryRun) {
    return (dryRun ? "dry run, nothing written: " : "")
        + imported
        + " imported ("
        + withErrors
        + " with errors), "
        + failed
        + " unreadable, "
        + refused
        + " refused";
  }

  /**
   * Usage error when a file was refused, else content errors when any file failed or had errors.
   */
  int exitCode() {
    if (refused > 0) {
      return ExitCode.USAGE;
    }
    return ExitCode.of(failed > 0 || withErrors > 0);
  }
}
