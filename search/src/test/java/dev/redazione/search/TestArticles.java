package dev.redazione.search;

import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import java.util.Arrays;
import java.util.List;

/** Builds small articles for tests. */
final class TestArticles {

  private TestArticles() {}

  /**
   * An article.
   *
   * @param title its title, also giving slug and source path
   * @param date ISO date, or {@code null} for an undated article
   * @param text the body text
   * @param tags tag names
   */
  static Article article(String title, String date, String text, String... tags) {
    Slug slug = Slug.of(title);
    return Article.builder()
        .slug(slug)
        .title(title)
        .date(date == null ? null : PublicationDate.parse(date))
        .tags(Arrays.stream(tags).map(Tag::of).toList())
        .body(new Body(text, "<p>" + text + "</p>", text))
        .source(new Source(slug + ".md", SourceFormat.FRONT_MATTER_MARKDOWN))
        .build();
  }

  /** The slugs of the articles, in order. */
  static List<String> slugs(List<Article> articles) {
    return articles.stream().map(a -> a.slug().value()).toList();
  }
}
