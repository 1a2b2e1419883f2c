package dev.redazione.ingest.internal;

import java.util.Locale;

/**
 * Tells from its start whether a text is an HTML document: after blanks, HTML comments, an XML
 * declaration and scripts or styles printed before the document (by a plugin or a proxy), it opens
 * with {@code <!DOCTYPE html}, {@code <html}, {@code <head}, {@code <body}, {@code <meta} or {@code
 * <title}. A Markdown or pasted text that merely holds some inline HTML does not open with one of
 * these, so it stays what it is. Stateless and thread-safe.
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
      } else if (startsWithIgnoreCase(text, i, "<script")
          || startsWithIgnoreCase(text, i, "<style")) {
        String close =
            text.charAt(i + 2) == 'c' || text.charAt(i + 2) == 'C' ? "</script>" : "</style>";
        int end = indexOfIgnoreCase(text, close, i);
        if (end < 0) {
          return false;
        }
        i = end + close.length();
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

  private static boolean startsWithIgnoreCase(String text, int at, String prefix) {
    return text.regionMatches(true, at, prefix, 0, prefix.length());
  }

  private static int indexOfIgnoreCase(String text, String what, int from) {
    int limit = Math.min(text.length(), LOOK_AHEAD * 4) - what.length();
    for (int i = from; i <= limit; i++) {
      if (text.regionMatches(true, i, what, 0, what.length())) {
        return i;
      }
    }
    return -1;
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
