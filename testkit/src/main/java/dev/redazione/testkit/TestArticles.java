package dev.redazione.testkit;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Body;
import dev.redazione.core.Category;
import dev.redazione.core.Image;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.core.Tag;
import java.util.Arrays;
import java.util.List;

/**
 * Articles built with core's builder, without reading a file: small ones from a title, a date and a
 * text, and three shaped like the seeds (dated to the day, to the month, undated). Stateless.
 */
public final class TestArticles {

  private TestArticles() {}

  /**
   * An article.
   *
   * @param title its title, also giving slug and source path
   * @param date ISO date ({@code 2025}, {@code 2025-01}, {@code 2025-01-21}), or {@code null} for
   *     an undated article
   * @param text the body text, rendered as one paragraph
   * @param tags tag names
   */
  public static Article article(String title, String date, String text, String... tags) {
    return builder(title, date, text, tags).build();
  }

  /** The builder of {@link #article}, for tests that set more fields. */
  public static Article.Builder builder(String title, String date, String text, String... tags) {
    Slug slug = Slug.of(title);
    return Article.builder()
        .slug(slug)
        .title(title)
        .date(date == null ? null : PublicationDate.parse(date))
        .tags(Arrays.stream(tags).map(Tag::of).toList())
        .body(new Body(text, "<p>" + text + "</p>", text))
        .source(new Source(slug + ".md", SourceFormat.FRONT_MATTER_MARKDOWN));
  }

  /** The slugs of the articles, in order. */
  public static List<String> slugs(List<Article> articles) {
    return articles.stream().map(a -> a.slug().value()).toList();
  }

  /**
   * Shaped like seed 000: dated to the day, with subtitle, category, lead image and a body image
   * whose file does not exist.
   */
  public static Article partnership() {
    return Article.builder()
        .slug(Slug.of("La partnership tra OpenAI e Microsoft si espande"))
        .title("La partnership tra OpenAI e Microsoft si espande")
        .subtitle("Un investimento multimiliardario per un’IA sicura")
        .date(PublicationDate.parse("2023-02-12"))
        .tags(List.of(Tag.of("OpenAI"), Tag.of("Microsoft"), Tag.of("Azure")))
        .categories(List.of(Category.of("ai")))
        .image(
            Image.of(
                "images/loghi.png", "I loghi di Microsoft e OpenAI", "Immagine dal blog ufficiale"))
        .body(
            new Body(
                "Testo",
                "<p>OpenAI collabora con <strong>Microsoft</strong> dal 2019.</p><p><img src=\"manca.png\" alt=\"manca\"></p>",
                "OpenAI collabora con Microsoft dal 2019."))
        .source(new Source("000.txt", SourceFormat.FRONT_MATTER_MARKDOWN))
        .build();
  }

  /** Shaped like seed 002: raw text dated to the month. */
  public static Article stargate() {
    return Article.builder()
        .slug(Slug.of("Microsoft e il progetto Stargate"))
        .title("Microsoft e il progetto Stargate")
        .date(PublicationDate.parse("2025-01"))
        .tags(List.of(Tag.of("OpenAI"), Tag.of("Stargate")))
        .body(
            new Body(
                "Testo",
                "<p>Microsoft ha annunciato la sua volontà di collaborare.</p>",
                "Microsoft ha annunciato la sua volontà di collaborare."))
        .source(new Source("002.txt", SourceFormat.RAW_TEXT))
        .build();
  }

  /** Shaped like seed 003: raw text, undated, with an author and a bio. */
  public static Article divorce() {
    return Article.builder()
        .slug(Slug.of("Microsoft e OpenAI pensano al divorzio?"))
        .title("Microsoft e OpenAI pensano al divorzio?")
        .authors(List.of(Author.of("Claudio Garau", "Giornalista, si occupa di tecnologia.")))
        .tags(List.of(Tag.of("Microsoft")))
        .body(
            new Body(
                "Testo",
                "<p>Due rapporti pubblicati nelle scorse ore.</p>",
                "Due rapporti pubblicati nelle scorse ore."))
        .source(new Source("003.txt", SourceFormat.RAW_TEXT))
        .build();
  }

  /** The archive of {@link #partnership}, {@link #stargate} and {@link #divorce}. */
  public static Archive seedShapedArchive() {
    return Archive.of(List.of(partnership(), stargate(), divorce()));
  }
}
