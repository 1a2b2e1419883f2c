package dev.redazione.core;

import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * A problem found in content, as data: where (path and 1-based line), how serious, a stable code
 * such as {@code INVALID_FRONT_MATTER}, and a plain-language message saying what is wrong and what
 * was expected. Immutable and thread-safe.
 *
 * @param path the file's path relative to the content folder
 * @param lineNumber the 1-based line, or 0 when the problem concerns the whole file
 * @param severity how serious it is
 * @param code a stable upper-snake-case code
 * @param message what is wrong, where, and what was expected
 */
public record Diagnostic(
    String path, int lineNumber, Severity severity, String code, String message)
    implements Comparable<Diagnostic> {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::lineNumber)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  /** Validates every component. */
  public Diagnostic {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    if (lineNumber < 0) {
      throw new IllegalArgumentException("diagnostic line " + lineNumber + " is negative");
    }
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException("diagnostic code `" + code + "` is not UPPER_SNAKE_CASE");
    }
  }

  /** An error at a line (0 for the whole file). */
  public static Diagnostic error(String path, int line, String code, String message) {
    return new Diagnostic(path, line, Severity.ERROR, code, message);
  }

  /** A warning at a line (0 for the whole file). */
  public static Diagnostic warning(String path, int line, String code, String message) {
    return new Diagnostic(path, line, Severity.WARNING, code, message);
  }

  /** Information at a line (0 for the whole file). */
  public static Diagnostic info(String path, int line, String code, String message) {
    return new Diagnostic(path, line, Severity.INFO, code, message);
  }

  /** The 1-based line, when the problem is at one line. */
  public OptionalInt line() {
    return lineNumber == 0 ? OptionalInt.empty() : OptionalInt.of(lineNumber);
  }

  /**
   * The compiler-style line {@code path:line: severity: CODE message} (no {@code :line} for a whole
   * file).
   */
  public String format() {
    String where = lineNumber == 0 ? path : path + ":" + lineNumber;
    return where + ": " + severity.label() + ": " + code + " " + message;
  }

  /** Orders by path, line, severity (errors first), code and message. */
  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return format();
  }
}
