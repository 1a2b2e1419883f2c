package dev.redazione.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it, read by word ({@code comment-list} →
 * {@code comment}, {@code list}): content ({@code article}, {@code entry-content}, {@code story},
 * …), strong furniture that no content word redeems ({@code comments}, {@code related}, {@code
 * share}, {@code ad}, {@code newsletter}, …) or weak furniture ({@code nav}, {@code footer}, {@code
 * widget}, {@code tags}, …) that a content word redeems. Stateless and thread-safe.
 */
final class ClassHints {

  private final HtmlRule strong;
  private final boolean weak;

  private ClassHints(HtmlRule strong, boolean weak) {
    this.strong = strong;
    this.weak = weak;
  }

  /** What the element's class and id say, read once. */
  static ClassHints of(Element element) {
    HtmlRule strong = null;
    boolean content = false;
    boolean furniture = false;
    for (String token : tokens(element)) {
      if (strong == null) {
        strong = strongRule(token);
      }
      content |= isContent(token);
      furniture |= isWeak(token);
    }
    return new ClassHints(strong, furniture && !content);
  }

  /** The rule a strong furniture word gives, if any. */
  Optional<HtmlRule> strong() {
    return Optional.ofNullable(strong);
  }

  /** Whether a weak furniture word names the element and no content word does. */
  boolean weak() {
    return weak;
  }

  /** The class weight: +25 for a content word, -25 for a furniture word, per attribute. */
  static int weight(Element element) {
    return weight(element.className()) + weight(element.id());
  }

  private static int weight(String attribute) {
    if (attribute.isEmpty()) {
      return 0;
    }
    int weight = 0;
    boolean content = false;
    boolean furniture = false;
    for (String token : split(attribute)) {
      content |= isContent(token);
      furniture |= strongRule(token) != null || isWeak(token);
    }
    if (furniture) {
      weight -= 25;
    }
    if (content) {
      weight += 25;
    }
    return weight;
  }

  private static String[] tokens(Element element) {
    String id = element.id();
    String classes = element.className();
    if (id.isEmpty() && classes.isEmpty()) {
      return new String[0];
    }
    return split(classes + " " + id);
  }

  /** The words of an attribute: split at non-alphanumerics, camel case and letter-digit joins. */
  private static String[] split(String attribute) {
    List<String> tokens = new ArrayList<>(4);
    StringBuilder token = new StringBuilder();
    char previous = ' ';
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      boolean alnum = c < 128 && Character.isLetterOrDigit(c);
      boolean boundary =
          !alnum
              || (Character.isUpperCase(c) && Character.isLowerCase(previous))
              || (Character.isDigit(c) && Character.isLetter(previous));
      if (boundary && token.length() > 0) {
        tokens.add(token.toString());
        token.setLength(0);
      }
      if (alnum) {
        token.append(Character.toLowerCase(c));
      }
      previous = c;
    }
    if (token.length() > 0) {
      tokens.add(token.toString());
    }
    return tokens.toArray(new String[0]);
  }

  private static HtmlRule strongRule(String token) {
    if (token.startsWith("comment")
        || token.equals("disqus")
        || token.equals("respond")
        || token.equals("replies")) {
      return HtmlRule.COMMENTS;
    }
    if (token.startsWith("related")
        || token.startsWith("recommend")
        || token.equals("outbrain")
        || token.equals("taboola")
        || token.equals("trending")
        || token.equals("popular")
        || token.equals("mostread")
        || token.equals("readmore")
        || token.equals("morestories")
        || token.equals("upnext")) {
      return HtmlRule.RELATED;
    }
    if (token.startsWith("share")
        || token.startsWith("sharing")
        || token.startsWith("social")
        || token.equals("addthis")
        || token.equals("sharethis")
        || token.equals("follow")) {
      return HtmlRule.SHARE;
    }
    if (token.equals("ad")
        || token.equals("ads")
        || token.equals("adv")
        || token.startsWith("advert")
        || token.startsWith("sponsor")
        || token.equals("dfp")
        || token.equals("adsense")
        || token.equals("adslot")
        || token.equals("adunit")
        || token.equals("gpt")) {
      return HtmlRule.AD;
    }
    if (token.startsWith("newsletter")
        || token.startsWith("subscri")
        || token.startsWith("promo")
        || token.startsWith("cookie")
        || token.startsWith("consent")
        || token.startsWith("popup")
        || token.startsWith("modal")
        || token.equals("paywall")
        || token.equals("signup")
        || token.equals("gdpr")) {
      return HtmlRule.PROMO;
    }
    return null;
  }

  private static boolean isWeak(String token) {
    switch (token) {
      case "nav",
          "navbar",
          "navigation",
          "menu",
          "footer",
          "header",
          "masthead",
          "widget",
          "widgets",
          "banner",
          "tags",
          "tag",
          "meta",
          "byline",
          "author",
          "skip",
          "login",
          "print",
          "rating",
          "pagination",
          "pager",
          "cta",
          "teaser",
          "toolbar",
          "hidden",
          "topics",
          "aside",
          "rail",
          "sticky",
          "overlay",
          "dialog",
          "bio",
          "subnav",
          "top",
          "bottom",
          "links",
          "sitemap",
          "legal",
          "copyright",
          "disclaimer",
          "credits",
          "tools",
          "sidebar",
          "breadcrumb",
          "breadcrumbs" -> {
        return true;
      }
      default -> {
        return token.startsWith("footer") || token.startsWith("menu") || token.startsWith("nav");
      }
    }
  }

  private static boolean isContent(String token) {
    switch (token) {
      case "article",
          "content",
          "entry",
          "main",
          "post",
          "story",
          "text",
          "body",
          "blog",
          "prose",
          "hentry",
          "single",
          "articlebody",
          "storybody",
          "postbody",
          "richtext",
          "paragraph" -> {
        return true;
      }
      default -> {
        return token.startsWith("article") || token.startsWith("content");
      }
    }
  }
}
