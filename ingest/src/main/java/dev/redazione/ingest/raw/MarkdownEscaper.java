package dev.redazione.ingest.raw;

import java.util.regex.Pattern;

/**
 * Escapes raw prose so that Markdown renders it as the same prose: a line start that Markdown would
 * read as a heading, quote, list, rule, fence or HTML block gets a backslash, and so do a {@code <}
 * that could open an HTML tag and a backslash that would escape the character after it.
 */
final class MarkdownEscaper {

  private static final Pattern BLOCK_START = Pattern.compile("^([#>+\\-*=_~`|<])");
  private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d{1,9})([.)])(?=\\s|$)");
  private static final Pattern TAG_OPEN = Pattern.compile("<(?=[A-Za-z/!?])");
  private static final Pattern BACKSLASH = Pattern.compile("\\\\(?=\\p{Punct})");
  private static final Pattern CLOSING_HASHES = Pattern.compile("(\\s)(#+)$");

  private MarkdownEscaper() {}

  /** A paragraph of prose as Markdown. */
  static String paragraph(String text) {
    String escaped = TAG_OPEN.matcher(inline(text)).replaceAll("\\\\<");
    if (escaped.startsWith("\\<")) {
      return escaped;
    }
    escaped = BLOCK_START.matcher(escaped).replaceFirst("\\\\$1");
    return ORDERED_ITEM.matcher(escaped).replaceFirst("$1\\\\$2");
  }

  /** A level-two heading as Markdown. */
  static String heading(String text) {
    String escaped = TAG_OPEN.matcher(inline(text)).replaceAll("\\\\<");
    return "## " + CLOSING_HASHES.matcher(escaped).replaceFirst("$1\\\\$2");
  }

  private static String inline(String text) {
    return BACKSLASH.matcher(text).replaceAll("\\\\\\\\");
  }
}
