package dev.redazione.site;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.Slug;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body text of each article as its page shows it, for the search: the plain text without the
 * captions of the figures the page leaves out, since their image is not one of the site's images
 * (missing, refused or remote). Image alternative texts are never part of the plain text. A site
 * snapshot's search indexes it (see {@link SiteRenderer#snapshot}), and so does the CLI's. Built
 * once per snapshot; immutable and thread-safe.
 */
public final class ShownText implements Function<Article, String> {

  private final Map<Slug, String> changed;

  private ShownText(Map<Slug, String> changed) {
    this.changed = Map.copyOf(changed);
  }

  /** The shown text of every article of an archive whose page leaves out a captioned figure. */
  public static ShownText of(Archive archive, ImageFiles images) {
    Map<Slug, String> changed = new HashMap<>();
    for (Article article : archive.articles()) {
      if (mayHaveFigures(article)) {
        String shown = shown(article, images);
        if (!shown.equals(article.body().text())) {
          changed.put(article.slug(), shown);
        }
      }
    }
    return new ShownText(changed);
  }

  @Override
  public String apply(Article article) {
    return changed.getOrDefault(article.slug(), article.body().text());
  }

  /**
   * Whether the Markdown may give a figure (an image, raw HTML or a template's figure); the HTML,
   * rendered on first use, is looked at only then.
   */
  private static boolean mayHaveFigures(Article article) {
    String markdown = article.body().markdown();
    return markdown.contains("![") || markdown.contains("fig");
  }

  private static String shown(Article article, ImageFiles images) {
    String html = article.body().html();
    if (!html.contains("<figcaption")) {
      return article.body().text();
    }
    Document document = Jsoup.parseBodyFragment(html);
    List<String> hidden = new ArrayList<>();
    for (Element figure : document.select("figure")) {
      Element caption = figure.selectFirst("figcaption");
      boolean shown =
          figure.select("img").stream()
              .anyMatch(img -> images.resolve(article, img.attr("src")).isPresent());
      if (caption != null && !shown) {
        hidden.add(normalize(caption.text()));
      }
    }
    List<String> paragraphs = new ArrayList<>(Arrays.asList(article.body().text().split("\n\n")));
    for (String caption : hidden) {
      for (int i = 0; i < paragraphs.size(); i++) {
        if (normalize(paragraphs.get(i)).equals(caption)) {
          paragraphs.remove(i);
          break;
        }
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private static String normalize(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
