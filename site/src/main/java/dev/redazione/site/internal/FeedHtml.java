package dev.redazione.site.internal;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the links and image sources of an article's HTML absolute for a feed: a feed reader shows
 * the HTML away from the site, where {@code /immagini/x.jpg} or {@code #sezione} would lead
 * nowhere, and many readers ignore {@code xml:base}.
 */
final class FeedHtml {

  private FeedHtml() {}

  /** The HTML with every {@code href} and {@code src} resolved against the article's URL. */
  static String absolute(String html, String articleUrl) {
    if (!html.contains("href=") && !html.contains("src=")) {
      return html;
    }
    Document document = Jsoup.parseBodyFragment(html, articleUrl);
    document.outputSettings().prettyPrint(false);
    for (Element element : document.select("[href], [src]")) {
      for (String attribute : new String[] {"href", "src"}) {
        if (element.hasAttr(attribute) && !element.attr(attribute).isBlank()) {
          String absolute = element.absUrl(attribute);
          if (!absolute.isEmpty()) {
            element.attr(attribute, absolute);
          }
        }
      }
    }
    return document.body().html();
  }
}
