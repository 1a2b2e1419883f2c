package dev.redazione.cli;

import java.util.Map;

/**
 * What the standard output is connected to: whether a person is watching (so progress can redraw a
 * bar) and whether colours may be used (only on a terminal, never when {@code NO_COLOR} is set).
 *
 * @param interactive whether the output is a terminal
 * @param colour whether ANSI colours may be written
 */
public record Terminal(boolean interactive, boolean colour) {

  /** Plain output: no terminal, no colour; what tests and pipes get. */
  public static final Terminal PLAIN = new Terminal(false, false);

  /** Validates that colour is only used on a terminal. */
  public Terminal {
    if (colour && !interactive) {
      throw new IllegalArgumentException("colour output needs an interactive terminal");
    }
  }

  /**
   * Detects the terminal from the environment.
   *
   * @param environment the process environment, read for {@code NO_COLOR} and {@code TERM}
   * @param console whether the process runs attached to a console
   */
  public static Terminal detect(Map<String, String> environment, boolean console) {
    String noColour = environment.get("NO_COLOR");
    boolean colourRefused = noColour != null && !noColour.isEmpty();
    boolean dumb = "dumb".equals(environment.get("TERM"));
    return new Terminal(console, console && !colourRefused && !dumb);
  }

  /** The text in bold red, when colours are on. */
  String error(String text) {
    return paint("1;31", text);
  }

  /** The text in yellow, when colours are on. */
  String warning(String text) {
    return paint("33", text);
  }

  /** The text in cyan, when colours are on. */
  String info(String text) {
    return paint("36", text);
  }

  /** The text in bold, when colours are on. */
  String bold(String text) {
    return paint("1", text);
  }

  /** The text dimmed, when colours are on. */
  String dim(String text) {
    return paint("2", text);
  }

  private String paint(String code, String text) {
    return colour ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
  }
}
