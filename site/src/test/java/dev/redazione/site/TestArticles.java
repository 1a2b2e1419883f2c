package dev.redazione.site;

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
import java.util.List;

/** Articles built with the core builder, shaped like the seeds: day, month and no date. */
final class TestArticles {

  private TestArticles() {}

  static Article partnership() {
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

  static Article stargate() {
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

  static Article divorce() {
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

  static Archive archive() {
    return Archive.of(List.of(partnership(), stargate(), divorce()));
  }
}
