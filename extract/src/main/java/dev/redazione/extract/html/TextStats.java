package dev.redazione.extract.html;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Counts, for every element of a tree in one walk, the text under it (characters that are not
 * blanks), how much of it is link text and how much paragraph text, its commas, and its paragraphs,
 * list items, images and form fields. A snapshot: later changes to the tree are not seen.
 */
final class TextStats {

  private static final int TEXT = 0;
  private static final int LINKS = 1;
  private static final int COMMAS = 2;
  private static final int PARAGRAPHS = 3;
  private static final int ITEMS = 4;
  private static final int IMAGES = 5;
  private static final int FIELDS = 6;
  private static final int PROSE = 7;
  private static final int SIZE = 8;

  private final Map<Element, int[]> counts = new IdentityHashMap<>();

  TextStats(Element root) {
    NodeTraversor.traverse(
        new NodeVisitor() {
          private int linkDepth;
          private int paragraphDepth;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              if (node.parent() instanceof Element element) {
                int[] c = counts.computeIfAbsent(element, e -> new int[SIZE]);
                String s = text.getWholeText();
                int letters = 0;
                for (int i = 0; i < s.length(); i++) {
                  char ch = s.charAt(i);
                  if (!Character.isWhitespace(ch) && ch != '\u00a0') {
                    letters++;
                    if (ch == ',' || ch == '，' || ch == '、' || ch == '،') {
                      c[COMMAS]++;
                    }
                  }
                }
                c[TEXT] += letters;
                if (linkDepth > 0) {
                  c[LINKS] += letters;
                } else if (paragraphDepth > 0) {
                  c[PROSE] += letters;
                }
              }
            } else if (node instanceof Element element) {
              int[] c = counts.computeIfAbsent(element, e -> new int[SIZE]);
              switch (element.normalName()) {
                case "a" -> linkDepth++;
                case "p" -> {
                  c[PARAGRAPHS]++;
                  paragraphDepth++;
                }
                case "li" -> c[ITEMS]++;
                case "img" -> c[IMAGES]++;
                case "input", "select", "textarea" -> c[FIELDS]++;
                default -> {}
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element element) {
              if (element.normalName().equals("a")) {
                linkDepth--;
              } else if (element.normalName().equals("p")) {
                paragraphDepth--;
              }
              Element parent = element.parent();
              if (parent != null && element != root) {
                int[] c = counts.get(element);
                int[] p = counts.computeIfAbsent(parent, e -> new int[SIZE]);
                for (int i = 0; i < SIZE; i++) {
                  p[i] += c[i];
                }
              }
            }
          }
        },
        root);
  }

  private int get(Element element, int index) {
    int[] c = counts.get(element);
    return c == null ? 0 : c[index];
  }

  /** The characters of text under the element (0 for an element not in the snapshot). */
  int text(Element element) {
    return get(element, TEXT);
  }

  /** The share of the element's text that is inside links. */
  double linkDensity(Element element) {
    int text = text(element);
    return text == 0 ? 0 : (double) get(element, LINKS) / text;
  }

  /** The characters of paragraph text under the element: inside {@code <p>}, outside links. */
  int prose(Element element) {
    return get(element, PROSE);
  }

  /** The commas of the element's text. */
  int commas(Element element) {
    return get(element, COMMAS);
  }

  /** The {@code <p>} elements in the element, itself included. */
  int paragraphs(Element element) {
    return get(element, PARAGRAPHS);
  }

  /** The {@code <li>} elements in the element, itself included. */
  int items(Element element) {
    return get(element, ITEMS);
  }

  /** The {@code <img>} elements in the element, itself included. */
  int images(Element element) {
    return get(element, IMAGES);
  }

  /** The form fields in the element, itself included. */
  int fields(Element element) {
    return get(element, FIELDS);
  }
}
