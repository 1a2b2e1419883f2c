package dev.redazione.site.internal;

import dev.redazione.core.Article;
import dev.redazione.core.ImageFiles;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points the images of an article body at the site's image route, and drops those whose file does
 * not exist under the content folder (or that are remote), so a page never shows a broken image nor
 * loads anything from elsewhere.
 */
final class BodyImages {

  private BodyImages() {}

  /** The body HTML with image sources rewritten or missing images removed. */
  static String rewrite(Article article, ImageFiles images) {
    String html = article.body().html();
    if (!html.contains("<img")) {
      return html;
    }
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    for (Element img : document.select("img")) {
      Optional<String> file = images.resolve(article, img.attr("src"));
      if (file.isPresent()) {
        img.attr("src", SitePaths.image(file.get()));
        img.attr("loading", "lazy");
      } else {
        Element figure = img.closest("figure");
        img.remove();
        if (figure != null && figure.select("img").isEmpty()) {
          figure.remove();
        }
      }
    }
    return document.body().html();
  }
}
