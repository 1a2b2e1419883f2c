package dev.redazione.ingest.internal.markdown;

/** Markdown that reads as its own text. Stateless. */
final class MarkdownEscaping {

  private MarkdownEscaping() {}

  /**
   * The Markdown with every ASCII punctuation character escaped and lines unindented, so that it
   * parses as plain paragraphs of exactly its text: no markup, no nesting.
   */
  static String literal(String markdown) {
    StringBuilder out = new StringBuilder(markdown.length() * 2);
    boolean lineStart = true;
    for (int i = 0; i < markdown.length(); i++) {
      char c = markdown.charAt(i);
      if (lineStart && (c == ' ' || c == '\t')) {
        continue;
      }
      lineStart = c == '\n';
      if (c < 0x80 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
