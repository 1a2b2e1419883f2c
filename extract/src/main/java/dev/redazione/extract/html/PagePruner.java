package dev.redazione.extract.html;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Takes what is never article text out of a page body before the main content is looked for:
 * scripts, styles, embeds and form controls silently; hidden elements, page chrome ({@code <nav>},
 * {@code <header>}, {@code <footer>}, {@code <aside>}, dialogs, forms, ARIA landmarks other than
 * main) and elements whose class or id names furniture, each recorded with its rule. An element
 * that holds {@value #PROTECTED_SHARE} or more of the page's text, or of its paragraph text, is
 * never taken out as a whole (a {@code <form>} or {@code class="with-sidebar"} wrapping the whole
 * page): it is looked into instead. Stateless and thread-safe.
 */
final class PagePruner {

  private static final double PROTECTED_SHARE = 0.4;

  /** Paragraph text a page must have for its share to protect an element. */
  private static final int MIN_PROSE = 500;

  /** Paragraph text that keeps an element named as weak furniture. */
  private static final int WEAK_PROSE = 200;

  private static final Set<String> SILENT =
      Set.of(
          "script",
          "style",
          "noscript",
          "template",
          "svg",
          "canvas",
          "iframe",
          "object",
          "embed",
          "link",
          "meta",
          "button",
          "input",
          "select",
          "textarea",
          "option",
          "label",
          "audio",
          "video",
          "map",
          "math");
  private static final Set<String> CHROME =
      Set.of("nav", "header", "footer", "aside", "dialog", "form", "menu");
  private static final Set<String> CHROME_ROLES =
      Set.of(
          "navigation",
          "banner",
          "contentinfo",
          "complementary",
          "search",
          "dialog",
          "alertdialog",
          "menu",
          "menubar",
          "toolbar",
          "tablist");
  private static final Pattern HIDDEN_STYLE =
      Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

  private PagePruner() {}

  /**
   * Prunes the body.
   *
   * @param headline the headline element, whose {@code <header>} is looked into rather than taken
   *     out (it often holds the lead), or null
   */
  static void prune(Element body, Element headline, Removals removals) {
    TextStats stats = new TextStats(body);
    int total = Math.max(1, stats.text(body));
    int prose = stats.prose(body);
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (!(node instanceof Element element) || element == body) {
              return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            if (SILENT.contains(tag)) {
              return FilterResult.REMOVE;
            }
            if (isHidden(element)) {
              removals.record(element, HtmlRule.HIDDEN);
              return FilterResult.REMOVE;
            }
            if (isProtected(element)
                || stats.text(element) >= PROTECTED_SHARE * total
                || prose >= MIN_PROSE && stats.prose(element) >= PROTECTED_SHARE * prose) {
              return FilterResult.CONTINUE;
            }
            if (tag.equals("header") && headline != null && isAncestor(element, headline)) {
              return FilterResult.CONTINUE;
            }
            Optional<HtmlRule> rule = ruleFor(element, tag, stats);
            if (rule.isPresent()) {
              removals.record(element, rule.get());
              return FilterResult.REMOVE;
            }
            return FilterResult.CONTINUE;
          }
        },
        body);
  }

  private static Optional<HtmlRule> ruleFor(Element element, String tag, TextStats stats) {
    if (element.id().isEmpty() && element.className().isEmpty()) {
      return CHROME.contains(tag)
              || CHROME_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))
          ? Optional.of(HtmlRule.PAGE_CHROME)
          : Optional.empty();
    }
    ClassHints hints = ClassHints.of(element);
    if (hints.strong().isPresent()) {
      return hints.strong();
    }
    if (CHROME.contains(tag)
        || CHROME_ROLES.contains(element.attr("role").toLowerCase(Locale.ROOT))) {
      return Optional.of(HtmlRule.PAGE_CHROME);
    }
    return hints.weak() && !holdsProse(element, stats)
        ? Optional.of(HtmlRule.FURNITURE)
        : Optional.empty();
  }

  /**
   * Whether an element named as weak furniture holds prose instead: a class such as {@code
   * skip-item} or {@code article-footer} around paragraphs of text that are not links.
   */
  private static boolean holdsProse(Element element, TextStats stats) {
    return stats.prose(element) >= WEAK_PROSE && stats.linkDensity(element) < 0.5;
  }

  private static boolean isAncestor(Element ancestor, Element element) {
    for (Element e = element.parent(); e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Element element) {
    return element.hasAttr("hidden")
        || (element.hasAttr("style") && HIDDEN_STYLE.matcher(element.attr("style")).find());
  }

  private static boolean isProtected(Element element) {
    String tag = element.normalName();
    return tag.equals("main")
        || tag.equals("html")
        || element.attr("itemprop").equalsIgnoreCase("articleBody")
        || element.attr("role").equalsIgnoreCase("main");
  }
}
