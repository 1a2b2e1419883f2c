package dev.redazione.extract.html;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Cleans the main content after it is found, as Readability's conditional clean does: a container
 * ({@code div}, {@code section}, list, table) without much prose (fewer than ten commas) is taken
 * out when it is mostly links, holds more list items than paragraphs outside a list, more form
 * fields than a third of its paragraphs, or no text at all besides more than two images. A
 * container holding half of the content or more is kept. Stateless and thread-safe.
 */
final class ContentCleaner {

  private static final Set<String> CONTAINERS =
      Set.of("div", "section", "ul", "ol", "table", "dl", "header", "aside", "span", "figure");

  private ContentCleaner() {}

  static void clean(List<Element> content, Removals removals) {
    for (Element root : content) {
      TextStats stats = new TextStats(root);
      int total = Math.max(1, stats.text(root));
      List<Element> all = root.getAllElements();
      for (int i = all.size() - 1; i >= 0; i--) {
        Element element = all.get(i);
        if (element == root
            || !CONTAINERS.contains(element.normalName())
            || element.parent() == null
            || stats.text(element) * 2 >= total) {
          continue;
        }
        if (isFurniture(element, stats)) {
          removals.remove(element, HtmlRule.LINK_BLOCK);
        }
      }
    }
  }

  private static boolean isFurniture(Element element, TextStats stats) {
    if (stats.commas(element) >= 10) {
      return false;
    }
    String tag = element.normalName();
    int length = stats.text(element);
    int images = stats.images(element);
    boolean list = tag.equals("ul") || tag.equals("ol");
    if (length == 0) {
      return images == 0 || images > 2;
    }
    if (!list && stats.items(element) - 100 > stats.paragraphs(element)) {
      return true;
    }
    if (stats.fields(element) > stats.paragraphs(element) / 3) {
      return true;
    }
    if (length < 25 && images > 2) {
      return true;
    }
    double links = stats.linkDensity(element);
    int weight = ClassHints.weight(element);
    if (weight < 25 && links > 0.33 && !(list && links < 0.5 && length > 200)) {
      return true;
    }
    return weight >= 25 && links > 0.5;
  }
}
