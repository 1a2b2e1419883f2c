package dev.redazione.ingest.raw;

import java.util.regex.Pattern;

/**
 * Normalises the white space of one line: non-breaking and other exotic spaces become plain
 * spaces, invisible format characters go, runs of spaces collapse, the ends are trimmed.
 * Typographic apostrophes and quotes are kept as written.
 */
final class LineNormalizer {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]+");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");

  private LineNormalizer() {}

  static String normalize(String line) {
    String visible = INVISIBLE.matcher(line).replaceAll("");
    return SPACES.matcher(visible).replaceAll(" ").strip();
  }
}
