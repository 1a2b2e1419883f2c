package dev.redazione.ingest.internal.markdown;

/** File lines of positions in a Markdown body, for diagnostics. Stateless. */
final class MarkdownLines {

  private MarkdownLines() {}

  /**
   * The file line of an index of the Markdown.
   *
   * @param at the index, or -1 when unknown
   * @param firstLine the file line of the Markdown's first line; 0 when unknown
   * @return the line, or {@code firstLine} when the index or the first line is unknown
   */
  static int lineOf(int at, String markdown, int firstLine) {
    if (firstLine == 0 || at < 0) {
      return firstLine;
    }
    int line = firstLine;
    for (int i = markdown.indexOf('\n'); i >= 0 && i < at; i = markdown.indexOf('\n', i + 1)) {
      line++;
    }
    return line;
  }

  /** The first index of a text in the Markdown, ignoring case, or -1. */
  static int indexOfIgnoreCase(String markdown, String text) {
    for (int i = 0; i + text.length() <= markdown.length(); i++) {
      if (markdown.regionMatches(true, i, text, 0, text.length())) {
        return i;
      }
    }
    return -1;
  }
}
