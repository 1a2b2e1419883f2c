package dev.redazione.cli;

import dev.redazione.core.Diagnostic;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Formats diagnostics as {@code path:line: severity: CODE message}, with the path as the user
 * reaches the file and the severity coloured on a terminal.
 */
final class DiagnosticPrinter {

  private final Terminal terminal;
  private final UnaryOperator<String> displayPath;

  /**
   * @param terminal decides colours
   * @param displayPath turns a path relative to the content folder into the path shown
   */
  DiagnosticPrinter(Terminal terminal, UnaryOperator<String> displayPath) {
    this.terminal = terminal;
    this.displayPath = displayPath;
  }

  /** The compiler-style line of one diagnostic. */
  String line(Diagnostic diagnostic) {
    String path = displayPath.apply(diagnostic.path());
    String where = diagnostic.line().isPresent() ? path + ":" + diagnostic.lineNumber() : path;
    String severity =
        switch (diagnostic.severity()) {
          case ERROR -> terminal.error(diagnostic.severity().label());
          case WARNING -> terminal.warning(diagnostic.severity().label());
          case INFO -> terminal.info(diagnostic.severity().label());
        };
    return where + ": " + severity + ": " + diagnostic.code() + " " + diagnostic.message();
  }

  /** The JSON form of one diagnostic: {@code path, line, severity, code, message}. */
  Map<String, Object> json(Diagnostic diagnostic) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("path", displayPath.apply(diagnostic.path()));
    json.put("line", diagnostic.lineNumber());
    json.put("severity", diagnostic.severity().label());
    json.put("code", diagnostic.code());
    json.put("message", diagnostic.message());
    return json;
  }
}
