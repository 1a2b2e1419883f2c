package dev.redazione.extract;

import java.util.regex.Pattern;

/**
 * Escapes raw prose so that Markdown renders it as the same prose: a line start that Markdown would
 * read as a heading, quote, list, rule, fence or HTML block gets a backslash, and so do a {@code <}
 * that could open an HTML tag and a backslash that would escape the character after it.
 */
final class MarkdownEscaper {

  private static final String BLOCK_STARTS = "#>+-*=_~`|<";
  private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
  private static final Pattern TAG_OPEN = Pattern.compile("<(?=[A-Za-z/!?])");
  private static final Pattern BACKSLASH = Pattern.compile("\\\\(?=\\p{Punct})");
  private static final Pattern CLOSING_HASHES = Pattern.compile("(\\s)(#+)$");

  private MarkdownEscaper() {}

  /** A paragraph of prose as Markdown. */
  static String paragraph(String text) {
    String escaped = escapeTags(inline(text));
    if (escaped.isEmpty() || escaped.startsWith("\\<")) {
      return escaped;
    }
    if (BLOCK_STARTS.indexOf(escaped.charAt(0)) >= 0) {
      return "\\" + escaped;
    }
    return Character.isDigit(escaped.charAt(0))
        ? ORDERED_ITEM.matcher(escaped).replaceFirst("$1\\\\$2")
        : escaped;
  }

  /** A level-two heading as Markdown. */
  static String heading(String text) {
    String escaped = escapeTags(inline(text));
    return "## "
        + (escaped.endsWith("#")
            ? CLOSING_HASHES.matcher(escaped).replaceFirst("$1\\\\$2")
            : escaped);
  }

  private static String escapeTags(String text) {
    return text.indexOf('<') < 0 ? text : TAG_OPEN.matcher(text).replaceAll("\\\\<");
  }

  private static String inline(String text) {
    return text.indexOf('\\') < 0 ? text : BACKSLASH.matcher(text).replaceAll("\\\\\\\\");
  }
}
