package dev.redazione.site.internal;

import dev.redazione.core.Article;
import dev.redazione.core.ImageFiles;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Points the images of an article body at the site's image route, and drops those whose file does
 * not exist under the content folder (or that are remote), so a page never shows a broken image nor
 * loads anything from elsewhere. A shown image gets its {@code width} and {@code height}, and an
 * empty {@code alt} when its figure's caption says the same, so it is not read out twice.
 */
final class BodyImages {

  private BodyImages() {}

  /** The body HTML with image sources rewritten or missing images removed. */
  static String rewrite(Article article, ImageFiles images, ImageSizes sizes) {
    String html = article.body().html();
    if (!html.contains("<img")) {
      return html;
    }
    Document document = Jsoup.parseBodyFragment(html);
    document.outputSettings().prettyPrint(false);
    for (Element img : document.select("img")) {
      Optional<String> file = images.resolve(article, img.attr("src"));
      Element figure = img.closest("figure");
      if (file.isPresent()) {
        img.attr("src", SitePaths.image(file.get()));
        img.attr("loading", "lazy");
        sizes
            .of(file.get())
            .ifPresent(
                size ->
                    img.attr("width", Integer.toString(size.width()))
                        .attr("height", Integer.toString(size.height())));
        Element caption = figure == null ? null : figure.selectFirst("figcaption");
        if (caption != null && sameText(img.attr("alt"), caption.text())) {
          img.attr("alt", "");
        }
      } else {
        img.remove();
        if (figure != null && figure.select("img").isEmpty()) {
          figure.remove();
        }
      }
    }
    return document.body().html();
  }

  /** Whether an image's alternative text says what its caption says, spacing and case aside. */
  static boolean sameText(String alt, String caption) {
    return normalize(alt).equals(normalize(caption));
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ").replaceAll("[.\\s]+$", "").toLowerCase(Locale.ROOT);
  }
}
