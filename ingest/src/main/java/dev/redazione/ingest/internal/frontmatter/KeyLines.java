package dev.redazione.ingest.internal.frontmatter;

import dev.redazione.ingest.internal.FrontMatterSyntax;
import dev.redazione.ingest.internal.SplitSource;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The file line of each top-level key of a front-matter block, found by scanning its lines (Jackson
 * trees keep no locations), so diagnostics about a value point at its key. Immutable.
 */
final class KeyLines {

  private static final Pattern FENCED_KEY =
      Pattern.compile("^(?:\"([^\"]+)\"|'([^']+)'|([A-Za-z_][\\w.-]*))[ \\t]*[:=]");
  private static final Pattern TOML_TABLE = Pattern.compile("^\\[\\s*([\\w.-]+)\\s*]");
  private static final Pattern JSON_KEY = Pattern.compile("^\\s*\"([^\"]+)\"\\s*:");

  private final Map<String, Integer> lines;
  private final int fallback;

  private KeyLines(Map<String, Integer> lines, int fallback) {
    this.lines = Map.copyOf(lines);
    this.fallback = fallback;
  }

  /** Scans the block of a split file. */
  static KeyLines of(SplitSource split) {
    Map<String, Integer> found = new HashMap<>();
    String[] rows = split.frontMatter().split("\n", -1);
    for (int i = 0; i < rows.length; i++) {
      int line = split.frontMatterLine() + i;
      keyOf(split.syntax(), rows[i]).ifPresent(key -> found.putIfAbsent(key, line));
    }
    return new KeyLines(found, split.frontMatterLine());
  }

  private static Optional<String> keyOf(FrontMatterSyntax syntax, String row) {
    Matcher m = (syntax == FrontMatterSyntax.JSON ? JSON_KEY : FENCED_KEY).matcher(row);
    if (m.find()) {
      for (int g = 1; g <= m.groupCount(); g++) {
        if (m.group(g) != null) {
          return Optional.of(m.group(g));
        }
      }
    }
    if (syntax == FrontMatterSyntax.TOML && (m = TOML_TABLE.matcher(row)).find()) {
      return Optional.of(m.group(1));
    }
    return Optional.empty();
  }

  /** The file line of a top-level key, or the block's first line when the key was not found. */
  int lineOf(String key) {
    return lines.getOrDefault(key, fallback);
  }
}
