package dev.redazione.core;

import java.util.Arrays;

/**
 * Builds small articles for core's tests. The other modules use testkit's {@code TestArticles};
 * core's tests cannot, since testkit depends on core.
 */
final class Articles {

  private Articles() {}

  static Article.Builder article(String title, String date, String... tags) {
    Article.Builder builder =
        Article.builder()
            .slug(Slug.of(title))
            .title(title)
            .source(new Source(Slug.of(title) + ".md", SourceFormat.FRONT_MATTER_MARKDOWN))
            .body(
                new Body(
                    "Testo di *" + title + "*.",
                    "<p>Testo di <em>" + title + "</em>.</p>",
                    "Testo di " + title + "."))
            .tags(Arrays.stream(tags).map(Tag::of).toList());
    if (date != null) {
      builder.date(PublicationDate.parse(date));
    }
    return builder;
  }
}
