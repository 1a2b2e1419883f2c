package dev.redazione.ingest.internal;

import dev.redazione.extract.FurnitureCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds page furniture that cleaning left in a body: the paragraphs that one of the extractor's own
 * furniture rules ({@link FurnitureCatalogue}) recognises, so that {@code validate} and the
 * extractor never disagree about what furniture is.
 */
final class LeftoverFurniture {

  private static final Pattern MARKDOWN_PREFIX = Pattern.compile("^(#{1,6}\\s+|[-*+]\\s+|>\\s*)");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");

  private LeftoverFurniture() {}

  /**
   * The paragraphs of a canonical Markdown body that look like furniture, as written in the
   * Markdown.
   */
  static List<String> find(String markdown) {
    List<String> found = new ArrayList<>();
    int start = 0;
    while (start < markdown.length()) {
      int end = paragraphEnd(markdown, start);
      String text = markdown.substring(start, end).strip();
      if (!text.isEmpty() && FurnitureCatalogue.ruleOf(plain(text)).isPresent()) {
        found.add(text);
      }
      start = end + 1;
    }
    return List.copyOf(found);
  }

  /**
   * Where the paragraph from {@code start} ends: at the next line end followed by white space
   * holding another line end (a paragraph break), or at the end of the text.
   */
  private static int paragraphEnd(String markdown, int start) {
    for (int end = markdown.indexOf('\n', start); end >= 0; end = markdown.indexOf('\n', end + 1)) {
      for (int i = end + 1; i < markdown.length() && isSpace(markdown.charAt(i)); i++) {
        if (markdown.charAt(i) == '\n') {
          return end;
        }
      }
    }
    return markdown.length();
  }

  /** White space as a regular expression's {@code \\s}: space, tab, line ends, form feed. */
  private static boolean isSpace(char c) {
    return c == ' ' || c >= '\t' && c <= '\r';
  }

  /**
   * The paragraph's text as a reader sees it, on one line: no line markers or emphasis, links as
   * their text, images (which are not text) left out.
   */
  private static String plain(String paragraph) {
    String text =
        "#-*+>".indexOf(paragraph.charAt(0)) < 0 // most paragraphs open with a letter
            ? paragraph
            : MARKDOWN_PREFIX.matcher(paragraph).replaceFirst("");
    if (text.indexOf('[') >= 0) { // most paragraphs hold no image and no link
      text = LINK.matcher(IMAGE.matcher(text).replaceAll("")).replaceAll("$1");
    }
    char[] chars = text.toCharArray(); // one pass over an array: bodies are long, checks many
    int length = 0;
    for (char c : chars) {
      if (c == '\n') {
        chars[length++] = ' ';
      } else if (c != '*' && c != '_' && c != '`') {
        chars[length++] = c;
      }
    }
    return new String(chars, 0, length).strip();
  }
}
