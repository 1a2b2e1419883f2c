package dev.redazione.ingest.internal.markdown;

import dev.redazione.core.DiagnosticCode;
import dev.redazione.ingest.internal.DiagnosticLog;
import java.util.Arrays;

/**
 * Keeps the inline nesting of each paragraph within what the Markdown parser handles: the parser
 * recurses once per level of nested emphasis, strikethrough, links and images, so thousands of
 * unclosed {@code *}, {@code _}, {@code ~} or {@code [} would exhaust the stack. Once a paragraph
 * could nest more than {@value #MAX_OPEN} levels, its delimiters from that line on are escaped
 * (read as text) and a {@code NESTING_TOO_DEEP} warning names the line.
 *
 * <p>The count is an upper bound of the opened levels: a run of delimiters that may open counts as
 * opening, a run that can only close closes as many. Mutable; use one per body.
 */
final class InlineNesting {

  /** The most inline levels a paragraph may open. */
  static final int MAX_OPEN = 256;

  private static final String DELIMITERS = "*_~";

  /** What may open a level: a delimiter or a bracket. */
  private static final CharSet OPENERS = CharSet.of("[" + DELIMITERS);

  private final int[] open = new int[DELIMITERS.length() + 1];
  private boolean escaping;

  /**
   * Whether a text holds enough delimiters and brackets to open more than {@link #MAX_OPEN} levels;
   * when it does not, no line of it needs {@link #limit}.
   */
  static boolean mayExceed(String text) {
    int count = 0;
    for (int i = 0; i < text.length(); i++) {
      if (OPENERS.contains(text.charAt(i)) && ++count > MAX_OPEN) {
        return true;
      }
    }
    return false;
  }

  /**
   * The next line of the body outside code blocks, its delimiters escaped once its paragraph nests
   * too deep.
   *
   * @param fileLine the line's file line, 0 when unknown
   */
  String limit(String line, int fileLine, DiagnosticLog log) {
    if (line.isBlank()) {
      Arrays.fill(open, 0);
      escaping = false;
      return line;
    }
    if (!escaping && opensTooMany(line)) {
      escaping = true;
      log.warning(
          fileLine,
          DiagnosticCode.NESTING_TOO_DEEP.code(),
          "this paragraph nests emphasis, links or images more than "
              + MAX_OPEN
              + " levels deep; from this line on, its `*`, `_`, `~`, `[` and `]` are shown as text");
    }
    return escaping ? escaped(line) : line;
  }

  private boolean opensTooMany(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        if (++open[DELIMITERS.length()] > MAX_OPEN) {
          return true;
        }
      } else if (c == ']') {
        open[DELIMITERS.length()] = Math.max(0, open[DELIMITERS.length()] - 1);
      } else if (DELIMITERS.indexOf(c) >= 0) {
        int end = i;
        while (end < line.length() && line.charAt(end) == c) {
          end++;
        }
        int kind = DELIMITERS.indexOf(c);
        int before = i == 0 ? ' ' : line.charAt(i - 1);
        int after = end == line.length() ? ' ' : line.charAt(end);
        if (mayOpen(before, after)) {
          open[kind] += end - i;
        } else {
          open[kind] = Math.max(0, open[kind] - (end - i));
        }
        if (open[kind] > MAX_OPEN) {
          return true;
        }
        i = end - 1;
      }
    }
    return false;
  }

  /** Whether a delimiter run between these characters is left-flanking, as CommonMark defines. */
  private static boolean mayOpen(int before, int after) {
    return !Character.isWhitespace(after)
        && (!isPunctuation(after) || Character.isWhitespace(before) || isPunctuation(before));
  }

  /** ASCII punctuation, or a Unicode punctuation or symbol character (types Pc to Pf and S). */
  private static boolean isPunctuation(int c) {
    if (c < 0x80) {
      return "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
    int type = Character.getType(c);
    return type >= Character.DASH_PUNCTUATION && type <= Character.FINAL_QUOTE_PUNCTUATION;
  }

  private static String escaped(String line) {
    StringBuilder out = new StringBuilder(line.length() + 16);
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        out.append(c).append(line.charAt(++i));
      } else {
        if (c == '[' || c == ']' || DELIMITERS.indexOf(c) >= 0) {
          out.append('\\');
        }
        out.append(c);
      }
    }
    return out.toString();
  }
}
