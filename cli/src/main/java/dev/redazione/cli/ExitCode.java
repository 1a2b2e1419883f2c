package dev.redazione.cli;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exit codes of every {@code redazione} command, defined once and listed in each {@code
 * --help}.
 */
public final class ExitCode {

  /** The command did what was asked and found no content error. */
  public static final int OK = 0;

  /** The command ran but found content errors (or warnings, for {@code validate --strict}). */
  public static final int CONTENT_ERRORS = 1;

  /** The command line was wrong: an unknown option, a missing file or slug, a refused overwrite. */
  public static final int USAGE = 2;

  /**
   * The command could not finish because of an input/output failure, such as an unwritable folder,
   * or of an internal error.
   */
  public static final int FAILURE = 3;

  private ExitCode() {}

  /** {@link #CONTENT_ERRORS} when {@code failed}, else {@link #OK}. */
  static int of(boolean failed) {
    return failed ? CONTENT_ERRORS : OK;
  }

  /** The {@code --help} section: each code with what it means, in order. */
  static Map<String, String> helpList() {
    Map<String, String> list = new LinkedHashMap<>();
    list.put(Integer.toString(OK), "ok; no content error found");
    list.put(
        Integer.toString(CONTENT_ERRORS), "content errors found (validate --strict: warnings too)");
    list.put(
        Integer.toString(USAGE),
        "usage error: bad option, missing file or slug, refused overwrite");
    list.put(
        Integer.toString(FAILURE),
        "input/output failure, such as an unwritable output folder, or internal error");
    return list;
  }
}
