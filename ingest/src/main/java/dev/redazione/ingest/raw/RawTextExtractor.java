package dev.redazione.ingest.raw;

import dev.redazione.core.Origin;
import dev.redazione.core.Provenance;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;

/**
 * Extracts an article's fields from raw pasted text: the first line with a letter or digit is the
 * title and the other non-blank lines are paragraphs. Immutable and thread-safe.
 */
public final class RawTextExtractor {

  private static final RawTextExtractor INSTANCE = new RawTextExtractor();

  private RawTextExtractor() {}

  /** The extractor. */
  public static RawTextExtractor create() {
    return INSTANCE;
  }

  /**
   * Extracts the fields of a raw text.
   *
   * @param path the file's path relative to the content folder, for diagnostics
   * @param text decoded text with {@code \n} line ends
   */
  public RawExtraction extract(String path, String text) {
    Objects.requireNonNull(path, "path");
    String[] lines = text.split("\n", -1);
    Extracted<String> title = null;
    StringJoiner body = new StringJoiner("\n\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (title == null && line.codePoints().anyMatch(Character::isLetterOrDigit)) {
        title = new Extracted<>(line, Provenance.at(Origin.FIRST_LINE, i + 1));
      } else if (title != null && !line.isEmpty()) {
        body.add(line);
      }
    }
    return new RawExtraction(title, body.toString(), List.of());
  }
}
