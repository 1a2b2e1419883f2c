package dev.redazione.ingest.raw;

/**
 * Normalises the white space of one line: non-breaking and other exotic spaces become plain spaces,
 * invisible format characters go, runs of spaces collapse, the ends are trimmed. Typographic
 * apostrophes and quotes are kept as written.
 */
final class LineNormalizer {

  private LineNormalizer() {}

  static String normalize(String line) {
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

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isInvisible(char c) {
    return c >= '\u200B' && c <= '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }
}
