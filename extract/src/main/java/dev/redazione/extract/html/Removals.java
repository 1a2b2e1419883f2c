package dev.redazione.extract.html;

import dev.redazione.core.RemovedLine;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The text blocks left out of the body while one page is read, each with its line and rule; text
 * longer than {@value #MAX_TEXT} characters is cut with {@code …}. Mutable; confined to one
 * extraction.
 */
final class Removals {

  private static final int MAX_TEXT = 200;

  private final List<RemovedLine> lines = new ArrayList<>();

  /** Records an element's text under a rule, when it has any. */
  void record(Element element, HtmlRule rule) {
    record(element, rule.ruleName());
  }

  /** Records an element's text under a rule name, when it has any. */
  void record(Element element, String rule) {
    String text = PageElements.textUpTo(element, MAX_TEXT);
    if (text.isEmpty()) {
      return;
    }
    if (text.length() > MAX_TEXT) {
      int cut = text.lastIndexOf(' ', MAX_TEXT);
      text = text.substring(0, cut > MAX_TEXT / 2 ? cut : MAX_TEXT) + " …";
    }
    lines.add(new RemovedLine(SourceLines.of(element), text, rule));
  }

  /** Records an element's text under a rule, then takes the element out of the page. */
  void remove(Element element, HtmlRule rule) {
    remove(element, rule.ruleName());
  }

  /** Records an element's text under a rule name, then takes the element out of the page. */
  void remove(Element element, String rule) {
    record(element, rule);
    element.remove();
  }

  /** The recorded blocks in line order. */
  List<RemovedLine> lines() {
    List<RemovedLine> sorted = new ArrayList<>(lines);
    sorted.sort(Comparator.comparingInt(RemovedLine::line));
    return sorted;
  }
}
