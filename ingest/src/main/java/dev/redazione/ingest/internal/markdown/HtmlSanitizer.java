package dev.redazione.ingest.internal.markdown;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Sanitises rendered HTML with an allow-list: the elements Markdown produces (with tables and
 * figures), heading ids, and links and images with relative or http(s) URLs (links may also use
 * mailto). Everything else is removed and named, so the caller can report it. Thread-safe.
 */
final class HtmlSanitizer {

  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(HEADINGS)
          .allowElements(
              "p",
              "br",
              "hr",
              "blockquote",
              "pre",
              "code",
              "em",
              "strong",
              "del",
              "s",
              "ul",
              "ol",
              "li",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "figure",
              "figcaption",
              "img",
              "a",
              "sup",
              "sub",
              "span",
              "div",
              "b",
              "i",
              "u",
              "small",
              "mark",
              "abbr",
              "cite",
              "q")
          .allowAttributes("id")
          .onElements(HEADINGS)
          .allowAttributes("align")
          .matching(Pattern.compile("left|right|center"))
          .onElements("th", "td")
          .allowAttributes("start") // CommonMark list numbers have at most nine digits
          .matching(Pattern.compile("\\d{1,9}"))
          .onElements("ol")
          .allowAttributes("class")
          .matching(CodeLanguages.CLASS)
          .onElements("code")
          .allowAttributes("title")
          .onElements("a", "img", "abbr")
          .allowAttributes("href")
          .onElements("a")
          .allowAttributes("src", "alt")
          .onElements("img")
          .allowUrlProtocols("http", "https", "mailto")
          .toFactory();

  /** The outcome: safe HTML and what was removed, by element or attribute name. */
  record Sanitised(String html, Set<String> removed) {}

  Sanitised sanitise(String html) {
    Set<String> removed = new TreeSet<>();
    String safe =
        POLICY.sanitize(
            html,
            new HtmlChangeListener<Set<String>>() {
              @Override
              public void discardedTag(Set<String> context, String elementName) {
                context.add("<" + elementName + ">");
              }

              @Override
              public void discardedAttributes(
                  Set<String> context, String tagName, String... attributeNames) {
                for (String attribute : attributeNames) {
                  context.add(tagName + " " + attribute);
                }
              }
            },
            removed);
    return new Sanitised(safe, removed);
  }
}
