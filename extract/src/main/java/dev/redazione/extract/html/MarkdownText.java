package dev.redazione.extract.html;

import java.util.regex.Pattern;

/**
 * Escapes page text for canonical Markdown, so that it reads back as the same text: inline markers
 * everywhere, and block markers ({@code #}, {@code >}, list markers) at a line start. Stateless and
 * thread-safe.
 */
final class MarkdownText {

  private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
  private static final Pattern LINE_START =
      Pattern.compile("(?m)^(\\s*)([#>+=]|-(?=\\s|$)|\\d+(?=[.)](?:\\s|$)))");

  private MarkdownText() {}

  private static boolean mayStartBlock(String text, int at) {
    char c = text.charAt(at);
    return c == '#'
        || c == '>'
        || c == '+'
        || c == '='
        || c == '-'
        || Character.isDigit(c)
        || Character.isWhitespace(c);
  }

  /** Inline text with {@code \ ` * _ [ ] < |} and entity-like {@code &} escaped. */
  static String inline(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ("\\`*_[]<|".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.indexOf("&") < 0 ? out.toString() : ENTITY.matcher(out).replaceAll("\\\\&");
  }

  /** A paragraph's lines with block markers at their start escaped. */
  static String blockStarts(String paragraph) {
    if (!mayStartBlock(paragraph, 0) && paragraph.indexOf('\n') < 0) {
      return paragraph;
    }
    return LINE_START
        .matcher(paragraph)
        .replaceAll(
            m -> {
              String marker = m.group(2);
              String escaped =
                  Character.isDigit(marker.charAt(0)) ? marker + "\\\\" : "\\\\" + marker;
              return m.group(1) + escaped;
            });
  }
}
