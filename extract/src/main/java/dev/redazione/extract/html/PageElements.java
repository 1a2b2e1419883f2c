package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The elements of a page's body in document order, listed once, with the position of the headline
 * among them, so that the choosers look at the elements near it without walking the page again; and
 * a text of an element read only as far as needed. A snapshot of the unpruned page.
 */
final class PageElements {

  private static final String[] DATELINE = {
    "date", "time", "publish", "posted", "datum", "fecha", "dateline", "byline", "meta"
  };
  private static final String[] DATELINE_ID = {
    "date", "publish", "posted", "datum", "fecha", "dateline"
  };

  private final List<Element> all;
  private final int headline;

  PageElements(Element body, Element headline) {
    this.all = body.getAllElements();
    this.headline = headline == null ? -1 : indexOf(headline);
  }

  private int indexOf(Element element) {
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == element) {
        return i;
      }
    }
    return -1;
  }

  /** Every element of the body, in document order. */
  List<Element> all() {
    return all;
  }

  /** Whether the headline is among the elements. */
  boolean hasHeadline() {
    return headline >= 0;
  }

  /**
   * The elements after the headline (up to {@code after} of them), then those before it (up to
   * {@code before}, in page order); empty without a headline.
   */
  List<Element> nearHeadline(int before, int after) {
    if (headline < 0) {
      return List.of();
    }
    List<Element> near =
        new ArrayList<>(all.subList(headline + 1, Math.min(all.size(), headline + after)));
    near.addAll(all.subList(Math.max(0, headline - before), headline));
    return near;
  }

  /** Whether an element is a dateline: a {@code <time>}, or classed or named for a date. */
  static boolean isDateline(Element element) {
    if (element.nameIs("time")) {
      return true;
    }
    if (element.attributesSize() == 0) {
      return false;
    }
    String cls = element.className();
    String id = element.id();
    return !cls.isEmpty() && Words.containsAny(cls, DATELINE)
        || !id.isEmpty() && Words.containsAny(id, DATELINE_ID);
  }

  /**
   * The text of an element as {@link Element#text()} gives it, but read only up to {@code limit}
   * characters: a longer text comes back longer than {@code limit}, cut.
   */
  static String textUpTo(Element element, int limit) {
    StringBuilder out = new StringBuilder();
    boolean[] blank = {false};
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (out.length() > limit) {
              return FilterResult.STOP;
            }
            if (node instanceof TextNode text) {
              String s = text.getWholeText();
              for (int i = 0; i < s.length() && out.length() <= limit; i++) {
                char c = s.charAt(i);
                if (Words.isBlank(c)) {
                  blank[0] = out.length() > 0;
                } else {
                  if (blank[0]) {
                    out.append(' ');
                    blank[0] = false;
                  }
                  out.append(c);
                }
              }
            } else if (node instanceof Element e && e.isBlock()) {
              blank[0] = out.length() > 0;
            }
            return FilterResult.CONTINUE;
          }

          @Override
          public FilterResult tail(Node node, int depth) {
            return FilterResult.CONTINUE;
          }
        },
        element);
    return out.toString();
  }
}
