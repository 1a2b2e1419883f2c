package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * Finds the lead of an article that sits apart from its body: prose paragraphs after the headline
 * and before the main content, outside it (a standfirst or first paragraph in a header block of its
 * own). At most {@value #MAX_LEAD} paragraphs are taken, and none when there are more: a gap that
 * long holds something other than a lead. Stateless and thread-safe.
 */
final class LeadParagraphs {

  private static final int MAX_LEAD = 3;
  private static final int MIN_LENGTH = 60;
  private static final double MAX_LINKS = 0.3;

  private LeadParagraphs() {}

  /** The content with the lead paragraphs before it, in page order. */
  static List<Element> prepend(
      List<Element> content, Element headline, Element body, TextStats stats) {
    if (headline == null || content.isEmpty()) {
      return content;
    }
    int from = headline.sourceRange().endPos();
    int to = content.get(0).sourceRange().startPos();
    if (from <= 0 || to <= from) {
      return content;
    }
    List<Element> lead = new ArrayList<>();
    for (Element p : body.getAllElements()) {
      if (!isParagraph(p)) {
        continue;
      }
      int at = p.sourceRange().startPos();
      if (at <= from || at >= to || isInside(p, lead) || isInside(p, content)) {
        continue;
      }
      if (stats.text(p) >= MIN_LENGTH && stats.linkDensity(p) < MAX_LINKS) {
        lead.add(p);
        if (lead.size() > MAX_LEAD) {
          return content;
        }
      }
    }
    if (lead.isEmpty()) {
      return content;
    }
    lead.addAll(content);
    return lead;
  }

  /** A {@code <p>}, or a {@code <div>} holding text and no other block. */
  private static boolean isParagraph(Element element) {
    if (element.nameIs("p")) {
      return true;
    }
    if (!element.nameIs("div")) {
      return false;
    }
    if (Blocks.holdsBlock(element)) {
      return false;
    }
    return element.textNodes().stream().anyMatch(t -> !t.isBlank());
  }

  private static boolean isInside(Element element, List<Element> roots) {
    for (Element root : roots) {
      for (Element e = element; e != null; e = e.parent()) {
        if (e == root) {
          return true;
        }
      }
    }
    return false;
  }
}
