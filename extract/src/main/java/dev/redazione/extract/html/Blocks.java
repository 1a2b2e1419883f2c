package dev.redazione.extract.html;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The block structure of a page, as the scorer, the cleaners and the Markdown writer read it: which
 * tags start a block of their own (a line break too, for runs of inline text), and whether an
 * element holds blocks (paragraphs, sections, lists, tables, figures, headings, quotes, …), which
 * tells a line of text (a paragraph, item or heading, or a {@code <div>} used as one) from a
 * container. Stateless and thread-safe.
 */
final class Blocks {

  private static final Set<String> BLOCK_LEVEL =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "dd",
          "details",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "thead",
          "tfoot",
          "tr",
          "ul",
          "center",
          "br");
  private static final Set<String> STRUCTURE =
      Set.of(
          "p",
          "div",
          "section",
          "ul",
          "ol",
          "li",
          "table",
          "figure",
          "h1",
          "h2",
          "h3",
          "h4",
          "header",
          "footer",
          "aside",
          "article",
          "blockquote",
          "form");

  private Blocks() {}

  /** Whether an element of the tag starts a block of text (a line break does too). */
  static boolean isBlockLevel(String tag) {
    return BLOCK_LEVEL.contains(tag);
  }

  /** Whether a child of the element is a structural block. */
  static boolean holdsBlock(Element element) {
    for (Element child : element.children()) {
      if (STRUCTURE.contains(child.normalName())) {
        return true;
      }
    }
    return false;
  }
}
