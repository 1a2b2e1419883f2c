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
 * once per snapshot, reusing the texts of the snapshot it replaces where they cannot differ ({@link
 * #next}); immutable and thread-safe.
 */
public final class ShownText implements Function<Article, String> {

  private static final ShownText NONE = new ShownText(Map.of());

  /** The shown text of an article that leaves figures out, with what it was made from. */
  private record Shown(String body, List<String> hidden, String text) {}

  private final Map<Slug, Shown> changed;

  private ShownText(Map<Slug, Shown> changed) {
    this.changed = Map.copyOf(changed);
  }

  /** The shown text of every article of an archive whose page leaves out a captioned figure. */
  public static ShownText of(Archive archive, ImageFiles images) {
    return NONE.next(archive, images);
  }

  /**
   * The shown text of another archive, such as the next snapshot's: the same as {@link #of}, but
   * the text of an article whose body and left-out captions are those of this one is reused rather
   * than made again, so that a reload of a few changed files makes little garbage.
   */
  public ShownText next(Archive archive, ImageFiles images) {
    Map<Slug, Shown> next = new HashMap<>();
    for (Article article : archive.articles()) {
      List<String> hidden = new ArrayList<>();
      for (FigureCaption caption : article.body().captions()) {
        if (images.resolve(article, caption.src()).isEmpty()) {
          hidden.add(caption.text());
        }
      }
      if (!hidden.isEmpty()) {
        String body = article.body().text();
        Shown before = changed.get(article.slug());
        next.put(
            article.slug(),
            before != null && before.body().equals(body) && before.hidden().equals(hidden)
                ? before
                : new Shown(body, hidden, without(body, hidden)));
      }
    }
    return new ShownText(next);
  }

  /** No shown text of its own: every article's plain text, as a site without search needs. */
  static ShownText none() {
    return NONE;
  }

  @Override
  public String apply(Article article) {
    Shown shown = changed.get(article.slug());
    return shown == null ? article.body().text() : shown.text();
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
