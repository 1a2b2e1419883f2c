package dev.redazione.ingest.internal;

import dev.redazione.core.DiagnosticCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text that starts with a front-matter block into the block and the body, keeping the file
 * line of each. An unclosed block is reported; the block is then taken to end at the first blank
 * line, so that the title can still be recovered. Stateless and thread-safe.
 */
public final class FrontMatterSplitter {

  /** Splits a text whose format {@link FormatDetector} found to be {@code syntax}. */
  public SplitSource split(String text, FrontMatterSyntax syntax, DiagnosticLog log) {
    List<String> lines = lines(text);
    int open = lineIndex(text, FormatDetector.firstNonBlankLine(text));
    return syntax == FrontMatterSyntax.JSON
        ? splitJson(text, lines, open, log)
        : splitFenced(lines, open, syntax, log);
  }

  private static SplitSource splitFenced(
      List<String> lines, int open, FrontMatterSyntax syntax, DiagnosticLog log) {
    String fence = syntax.fence();
    for (int i = open + 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals(fence) || (syntax == FrontMatterSyntax.YAML && line.equals("..."))) {
        return new SplitSource(
            syntax,
            join(lines, open + 1, i),
            open + 2,
            join(lines, i + 1, lines.size()),
            i + 2,
            true);
      }
    }
    int end = open + 1;
    while (end < lines.size() && !lines.get(end).isBlank()) {
      end++;
    }
    log.error(
        open + 1,
        DiagnosticCode.UNCLOSED_FRONT_MATTER.code(),
        "the front matter opened by `"
            + fence
            + "` on line "
            + (open + 1)
            + " is never closed; expected a line `"
            + fence
            + "` after the last key");
    return new SplitSource(
        syntax,
        join(lines, open + 1, end),
        open + 2,
        join(lines, end, lines.size()),
        end + 1,
        false);
  }

  private static SplitSource splitJson(
      String text, List<String> lines, int open, DiagnosticLog log) {
    int start = text.indexOf('{');
    int close = matchingBrace(text, start);
    if (close < 0) {
      return splitFenced(lines, open, FrontMatterSyntax.JSON, log);
    }
    int closeLine = lineIndex(text, close);
    int bodyStart = text.indexOf('\n', close);
    String body = bodyStart < 0 ? "" : text.substring(bodyStart + 1);
    return new SplitSource(
        FrontMatterSyntax.JSON,
        text.substring(start, close + 1),
        open + 1,
        body,
        closeLine + 2,
        true);
  }

  private static int matchingBrace(String text, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static int lineIndex(String text, int offset) {
    int line = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.add(text.substring(start, i));
      start = i + 1;
    }
    lines.add(text.substring(start));
    return lines;
  }

  private static String join(List<String> lines, int from, int to) {
    return from >= to ? "" : String.join("\n", lines.subList(from, to));
  }
}
