package dev.redazione.cli;

/** Counts what {@code import} did with its files and turns it into a summary and an exit code. */
final class ImportTally {

  private int imported;
  private int withErrors;
  private int failed;
  private int refused;
  private int notFound;

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

  /** A file whose target could not be written (without --force, or not at all). */
  void refused() {
    refused++;
  }

  /** A file given on the command line that does not exist. */
  void notFound() {
    notFound++;
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
        + " refused"
        + (notFound > 0 ? ", " + notFound + " not found" : "");
  }

  /**
   * Usage error when a file was refused or not found, else content errors when any file failed or
   * had errors.
   */
  int exitCode() {
    if (refused > 0 || notFound > 0) {
      return ExitCode.USAGE;
    }
    return ExitCode.of(failed > 0 || withErrors > 0);
  }
}
