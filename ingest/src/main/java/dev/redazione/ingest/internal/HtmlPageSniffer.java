package dev.redazione.ingest.internal;

import java.util.Locale;

/**
 * Tells from its start whether a text is an HTML document: after blanks, HTML comments and an XML
 * declaration, it opens with {@code <!DOCTYPE html}, {@code <html}, {@code <head}, {@code <body},
 * {@code <meta} or {@code <title}. A Markdown or pasted text that merely holds some inline HTML
 * does not open with one of these, so it stays what it is. Stateless and thread-safe.
 */
final class HtmlPageSniffer {

  private static final String[] OPENINGS = {
    "<!doctype html", "<html", "<head", "<body", "<meta", "<title"
  };

  /** How far into the text the opening tag may be, after comments and blanks. */
  private static final int LOOK_AHEAD = 4096;

  private HtmlPageSniffer() {}

  static boolean isHtmlDocument(String text) {
    int i = 0;
    int limit = Math.min(text.length(), LOOK_AHEAD);
    while (i < limit) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\uFEFF') {
        i++;
      } else if (text.startsWith("<!--", i)) {
        int end = text.indexOf("-->", i + 4);
        if (end < 0) {
          return false;
        }
        i = end + 3;
      } else if (text.startsWith("<?xml", i)) {
        int end = text.indexOf("?>", i);
        if (end < 0) {
          return false;
        }
        i = end + 2;
      } else {
        return opensDocument(text, i);
      }
    }
    return false;
  }

  private static boolean opensDocument(String text, int at) {
    String head = text.substring(at, Math.min(text.length(), at + 16)).toLowerCase(Locale.ROOT);
    for (String opening : OPENINGS) {
      if (head.startsWith(opening)) {
        int next = at + opening.length();
        if (opening.equals("<!doctype html")) {
          return next >= text.length() || !Character.isLetterOrDigit(text.charAt(next));
        }
        return next < text.length()
            && (text.charAt(next) == '>' || Character.isWhitespace(text.charAt(next)));
      }
    }
    return false;
  }
}
