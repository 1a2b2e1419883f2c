package dev.redazione.cli;

/**
 * A command that cannot finish for a reason outside the command line, such as an output folder that
 * cannot be written: printed as {@code redazione <command>: error: <message>}, exit {@link
 * ExitCode#FAILURE}.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * @param message one plain sentence saying what failed and why
   * @param cause the failure, shown only with {@code --verbose}
   */
  CommandFailure(String message, Throwable cause) {
    super(message, cause);
  }
}
