package dev.redazione.ingest.internal;

import dev.redazione.core.DiagnosticCode;

/**
 * Splits a text that starts with a front-matter block into the block and the body, keeping the file
 * line of each. An unclosed block is reported; the block is then taken to end at the first blank
 * line, so that the title can still be recovered. Stateless and thread-safe.
 */
public final class FrontMatterSplitter {

  /** Splits a text whose format {@link FormatDetector} found to be {@code syntax}. */
  public SplitSource split(String text, FrontMatterSyntax syntax, DiagnosticLog log) {
    Lines lines = Lines.of(text);
    int open = lineIndex(text, FormatDetector.firstNonBlankLine(text));
    return syntax == FrontMatterSyntax.JSON
        ? splitJson(text, lines, open, log)
        : splitFenced(lines, open, syntax, log);
  }

  private static SplitSource splitFenced(
      Lines lines, int open, FrontMatterSyntax syntax, DiagnosticLog log) {
    String fence = syntax.fence();
    for (int i = open + 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.equals(fence) || (syntax == FrontMatterSyntax.YAML && line.equals("..."))) {
        return new SplitSource(
            syntax,
            lines.join(open + 1, i),
            open + 2,
            lines.join(i + 1, lines.size()),
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
        syntax, lines.join(open + 1, end), open + 2, lines.join(end, lines.size()), end + 1, false);
  }

  private static SplitSource splitJson(String text, Lines lines, int open, DiagnosticLog log) {
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

  /**
   * The lines of a text, split at every LF, read where they stand in the text: a block or a body is
   * one substring of it, whatever its number of lines.
   */
  private record Lines(String text, int[] starts) {

    static Lines of(String text) {
      int count = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        count++;
      }
      int[] starts = new int[count];
      int line = 1;
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        starts[line++] = i + 1;
      }
      return new Lines(text, starts);
    }

    int size() {
      return starts.length;
    }

    /** The line, without its LF. */
    String get(int index) {
      return text.substring(starts[index], end(index));
    }

    /** The lines {@code from} (inclusive) to {@code to} (exclusive), joined by LF. */
    String join(int from, int to) {
      return from >= to ? "" : text.substring(starts[from], end(to - 1));
    }

    private int end(int index) {
      return index + 1 < starts.length ? starts[index + 1] - 1 : text.length();
    }
  }
}
