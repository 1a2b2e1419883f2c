package dev.redazione.site;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.FigureCaption;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.Slug;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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
      List<String> hidden = new ArrayList<>();
      for (FigureCaption caption : article.body().captions()) {
        if (images.resolve(article, caption.src()).isEmpty()) {
          hidden.add(caption.text());
        }
      }
      if (!hidden.isEmpty()) {
        changed.put(article.slug(), without(article.body().text(), hidden));
      }
    }
    return new ShownText(changed);
  }

  @Override
  public String apply(Article article) {
    return changed.getOrDefault(article.slug(), article.body().text());
  }

  /** The text without the first paragraph that is each caption. */
  private static String without(String text, List<String> captions) {
    List<String> paragraphs = new ArrayList<>(Arrays.asList(text.split("\n\n")));
    for (String caption : captions) {
      paragraphs.remove(caption);
    }
    return String.join("\n\n", paragraphs);
  }
}
