package dev.redazione.ingest.internal;

import java.util.Optional;

/**
 * Detects from content whether a text starts with a front-matter block, and in which syntax, or is
 * a saved HTML page ({@link #isHtmlPage}); any other text is raw text. Leading blank lines are
 * allowed. Stateless and thread-safe.
 */
public final class FormatDetector {

  /** The front-matter syntax of the text, or empty for raw text. */
  public Optional<FrontMatterSyntax> detect(String text) {
    int start = firstNonBlankLine(text);
    int end = text.indexOf('\n', start);
    String first = (end < 0 ? text.substring(start) : text.substring(start, end)).strip();
    if (first.equals(FrontMatterSyntax.YAML.fence())) {
      return Optional.of(FrontMatterSyntax.YAML);
    }
    if (first.equals(FrontMatterSyntax.TOML.fence())) {
      return Optional.of(FrontMatterSyntax.TOML);
    }
    if (first.startsWith(FrontMatterSyntax.JSON.fence())) {
      return Optional.of(FrontMatterSyntax.JSON);
    }
    return Optional.empty();
  }

  /** Whether a text without front matter is an HTML document rather than raw text. */
  public boolean isHtmlPage(String text) {
    return HtmlPageSniffer.isHtmlDocument(text);
  }

  /** The offset of the first line that is not blank (0 when there is none). */
  static int firstNonBlankLine(String text) {
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineStart = i + 1;
      } else if (!Character.isWhitespace(c)) {
        return lineStart;
      }
    }
    return 0;
  }
}
