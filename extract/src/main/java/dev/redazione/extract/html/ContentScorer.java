package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the main content of a pruned page body the way Readability does: every paragraph of 25 or
 * more characters scores 1, plus one per comma, plus one per 100 characters (at most 3); the score
 * goes to its parent in full, to its grandparent in half and to the next three ancestors in a third
 * of their level; each scored ancestor starts from a weight for its tag and class and is scaled
 * down by its link density. The best-scoring element is widened to an ancestor that scores nearly
 * as well, and joined by siblings that score well or are prose paragraphs. An element marked {@code
 * itemprop="articleBody"} with enough text is taken as it is. Stateless and thread-safe.
 */
final class ContentScorer {

  private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "blockquote");
  private static final Set<String> CONTAINERS =
      Set.of("div", "section", "article", "main", "td", "li", "span", "font", "center", "dd");
  private static final int MIN_PARAGRAPH = 25;
  private static final java.util.regex.Pattern SENTENCE_END =
      java.util.regex.Pattern.compile("\\.(?: |$)");
  private static final int MIN_DECLARED = 200;
  private static final int TOP_CANDIDATES = 5;
  private static final double PROSE_SHARE = 0.7;
  private static final double MAX_WIDENED_LINKS = 0.35;
  private static final int SHARED = 3;

  private ContentScorer() {}

  /**
   * The elements of the main content, in page order; empty when the body has no paragraph.
   *
   * @param stats the text statistics of the body as it is
   */
  static List<Element> find(Element body, TextStats stats) {
    Element declared = body.selectFirst("[itemprop=articleBody]");
    if (declared != null && stats.text(declared) >= MIN_DECLARED) {
      return List.of(declared);
    }
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (Element element : body.getAllElements()) {
      String tag = element.normalName();
      if (PARAGRAPHS.contains(tag)) {
        score(element.parent(), stats.text(element), stats.commas(element), scores, body);
      } else if (CONTAINERS.contains(tag) && hasDirectText(element)) {
        if (!hasBlockChild(element)) {
          score(element.parent(), stats.text(element), stats.commas(element), scores, body);
        } else {
          scoreInlineRuns(element, stats, scores, body);
        }
      }
    }
    if (scores.isEmpty()) {
      return List.of();
    }
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double score = e.getValue() * (1 - stats.linkDensity(e.getKey()));
      e.setValue(score);
      if (score > topScore) {
        top = e.getKey();
        topScore = score;
      }
    }
    top = sharedAncestor(top, topScore, scores, body);
    top = widen(top, scores.getOrDefault(top, topScore), scores, body);
    top = towardsProse(top, stats, body);
    return withSiblings(top, scores.getOrDefault(top, topScore), scores, stats);
  }

  /**
   * The nearest ancestor of the top candidate that also holds at least {@value #SHARED} of the next
   * best candidates scoring three quarters of the top or more: paragraphs wrapped one by one in
   * their own containers score in those containers, not in the article around them.
   */
  private static Element sharedAncestor(
      Element top, double topScore, Map<Element, Double> scores, Element body) {
    List<Element> rivals =
        scores.entrySet().stream()
            .filter(e -> e.getKey() != top && e.getValue() >= topScore * 0.75)
            .sorted((a, b) -> Double.compare(b.getValue(), a.getValue()))
            .limit(TOP_CANDIDATES - 1)
            .map(Map.Entry::getKey)
            .toList();
    if (rivals.size() < SHARED) {
      return top;
    }
    for (Element ancestor = top.parent();
        ancestor != null && ancestor != body;
        ancestor = ancestor.parent()) {
      int holding = 0;
      for (Element rival : rivals) {
        if (isAncestor(ancestor, rival)) {
          holding++;
        }
      }
      if (holding >= SHARED) {
        return ancestor;
      }
    }
    return top;
  }

  private static boolean isAncestor(Element ancestor, Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  /**
   * The nearest ancestor that holds most of the page's paragraph text, when the candidate holds too
   * little of it and the ancestor is still prose rather than links: articles split into sections or
   * blocks that each score on their own.
   */
  private static Element towardsProse(Element top, TextStats stats, Element body) {
    int total = stats.prose(body);
    if (stats.prose(top) >= PROSE_SHARE * total) {
      return top;
    }
    for (Element a = top.parent(); a != null && a != body; a = a.parent()) {
      if (stats.linkDensity(a) > MAX_WIDENED_LINKS) {
        return top;
      }
      if (stats.prose(a) >= PROSE_SHARE * total) {
        return a;
      }
    }
    return top;
  }

  /** Climbs to ancestors that score at least as well as the child, as Readability does. */
  private static Element widen(
      Element top, double topScore, Map<Element, Double> scores, Element body) {
    Element current = top;
    double last = topScore;
    Element parent = current.parent();
    while (parent != null && parent != body) {
      Double score = scores.get(parent);
      if (score == null) {
        parent = parent.parent();
        continue;
      }
      if (score < topScore / 3) {
        break;
      }
      if (score > last) {
        current = parent;
        break;
      }
      last = score;
      parent = parent.parent();
    }
    if (current.parent() != null
        && current.parent() != body
        && current.parent().childrenSize() == 1) {
      current = current.parent();
    }
    return current;
  }

  private static List<Element> withSiblings(
      Element top, double topScore, Map<Element, Double> scores, TextStats stats) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> kept = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        kept.add(sibling);
        continue;
      }
      double bonus =
          !top.className().isEmpty() && top.className().equals(sibling.className())
              ? topScore * 0.2
              : 0;
      Double score = scores.get(sibling);
      if (score != null && score + bonus >= threshold) {
        kept.add(sibling);
      } else if (sibling.nameIs("p")) {
        double links = stats.linkDensity(sibling);
        int length = stats.text(sibling);
        if ((length > 80 && links < 0.25)
            || (length > 0 && links == 0 && SENTENCE_END.matcher(sibling.text()).find())) {
          kept.add(sibling);
        }
      }
    }
    return kept;
  }

  /**
   * Scores a paragraph of {@code length} characters and {@code commas} commas into its parent and
   * the parent's ancestors.
   */
  private static void score(
      Element parent, int length, int commas, Map<Element, Double> scores, Element body) {
    if (length < MIN_PARAGRAPH || parent == null) {
      return;
    }
    double score = 1 + commas + Math.min(length / 100, 3);
    Element ancestor = parent;
    for (int level = 0; ancestor != null && level < 5; level++) {
      Element a = ancestor;
      double base = scores.computeIfAbsent(a, e -> (double) initial(e));
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.put(a, base + score / divider);
      if (a == body) {
        break;
      }
      ancestor = a.parent();
    }
  }

  /**
   * Scores the runs of text and inline elements between the block children of a container as
   * paragraphs of the container, as if each run were wrapped in a {@code <p>}.
   */
  private static void scoreInlineRuns(
      Element container, TextStats stats, Map<Element, Double> scores, Element body) {
    int length = 0;
    int commas = 0;
    for (Node child : container.childNodes()) {
      if (child instanceof Element e && Blocks.isBlockLevel(e.normalName())) {
        score(container, length, commas, scores, body);
        length = 0;
        commas = 0;
      } else if (child instanceof Element e) {
        length += stats.text(e);
        commas += stats.commas(e);
      } else if (child instanceof TextNode text) {
        String s = text.getWholeText();
        for (int i = 0; i < s.length(); i++) {
          char c = s.charAt(i);
          if (!Character.isWhitespace(c)) {
            length++;
            if (c == ',') {
              commas++;
            }
          }
        }
      }
    }
    score(container, length, commas, scores, body);
  }

  private static boolean hasDirectText(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && !text.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child : element.children()) {
      if (Blocks.isBlockLevel(child.normalName())) {
        return true;
      }
    }
    return false;
  }

  private static int initial(Element element) {
    int weight =
        switch (element.normalName()) {
          case "div", "article", "main", "section" -> 5;
          case "pre", "td", "blockquote" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return weight + ClassHints.weight(element);
  }
}
