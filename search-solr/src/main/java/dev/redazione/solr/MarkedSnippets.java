package dev.redazione.solr;

import dev.redazione.core.search.MarkedText;

/**
 * Turns the highlighter's output, plain text with {@link ArticleFields#MARK_OPEN} and {@link
 * ArticleFields#MARK_CLOSE} around matched words, into {@link MarkedText}: the text escaped, the
 * marks as {@code <mark>} tags. The indexed text never holds the mark characters, and marks are
 * balanced here whatever comes back. Stateless.
 */
final class MarkedSnippets {

  private MarkedSnippets() {}

  static MarkedText marked(String highlighted) {
    StringBuilder html = new StringBuilder(highlighted.length() + 32);
    StringBuilder plain = new StringBuilder();
    boolean open = false;
    for (int i = 0; i < highlighted.length(); i++) {
      char c = highlighted.charAt(i);
      if (c == ArticleFields.MARK_OPEN || c == ArticleFields.MARK_CLOSE) {
        boolean opens = c == ArticleFields.MARK_OPEN;
        if (opens != open) {
          flush(plain, html);
          html.append(opens ? "<mark>" : "</mark>");
          open = opens;
        }
      } else {
        plain.append(c);
      }
    }
    flush(plain, html);
    if (open) {
      html.append("</mark>");
    }
    return new MarkedText(html.toString().replace("<mark></mark>", ""));
  }

  private static void flush(StringBuilder plain, StringBuilder html) {
    html.append(MarkedText.escape(plain.toString()).html());
    plain.setLength(0);
  }
}
