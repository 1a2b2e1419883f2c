package dev.redazione.extract;

/**
 * Normalises the white space of one line: non-breaking and other exotic spaces become plain spaces,
 * invisible format characters go, runs of spaces collapse, the ends are trimmed. Typographic
 * apostrophes and quotes are kept as written.
 */
final class LineNormalizer {

  private LineNormalizer() {}

  static String normalize(String line) {
    if (isNormal(line)) {
      return line;
    }
    StringBuilder out = new StringBuilder(line.length());
    boolean pendingSpace = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** Plain text without edge spaces, double spaces or special characters: the common case. */
  private static boolean isNormal(String line) {
    int length = line.length();
    if (length > 0 && (line.charAt(0) == ' ' || line.charAt(length - 1) == ' ')) {
      return false;
    }
    char previous = 0;
    for (int i = 0; i < length; i++) {
      char c = line.charAt(i);
      if (c < ' ' || c == ' ' && previous == ' ' || c >= 0x80 && (isSpace(c) || isInvisible(c))) {
        return false;
      }
      previous = c;
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isInvisible(char c) {
    return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }
}
