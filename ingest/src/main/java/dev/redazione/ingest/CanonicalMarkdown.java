package dev.redazione.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.redazione.core.Alias;
import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.Image;
import dev.redazione.core.Origin;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes an article as canonical front-matter Markdown: a YAML block that lists every field (null
 * when absent), then the canonical Markdown body. Reading the output back gives the same article
 * fields; a {@code provenance} key keeps the origin of fields that did not come from front matter,
 * so a derived title stays derived. Used by the CLI {@code import}. Stateless and thread-safe.
 */
public final class CanonicalMarkdown {

  private static final ObjectMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
          .disable(YAMLGenerator.Feature.SPLIT_LINES)
          .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
          .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
          .build();

  private CanonicalMarkdown() {}

  /** The article as front-matter Markdown, ending with a newline. */
  public static String write(Article article) {
    try {
      String frontMatter = YAML.writeValueAsString(frontMatter(article));
      String body = article.body().markdown();
      return "---\n" + frontMatter + "---\n" + (body.isEmpty() ? "" : "\n" + body + "\n");
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(
          "the front matter of " + article.report().source().path() + " could not be written", e);
    }
  }

  private static Map<String, Object> frontMatter(Article article) {
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put("title", article.title());
    yaml.put("subtitle", article.subtitle().orElse(null));
    yaml.put("date", article.date().map(PublicationDate::toIso).orElse(null));
    yaml.put("updated", article.updated().map(PublicationDate::toIso).orElse(null));
    yaml.put("authors", article.authors().stream().map(CanonicalMarkdown::author).toList());
    yaml.put("tags", article.tags().stream().map(Tag::name).toList());
    yaml.put("categories", article.categories().stream().map(Category::name).toList());
    yaml.put("image", article.image().map(CanonicalMarkdown::image).orElse(null));
    yaml.put("summary", article.summary().orElse(null));
    yaml.put("slug", article.slug().value());
    if (!article.aliases().isEmpty()) {
      yaml.put("aliases", article.aliases().stream().map(Alias::path).toList());
    }
    yaml.put("lang", article.language());
    yaml.put("draft", article.draft());
    Map<String, Object> origins = origins(article);
    if (!origins.isEmpty()) {
      yaml.put("provenance", origins);
    }
    article.extra().forEach(yaml::putIfAbsent);
    return yaml;
  }

  private static Object author(Author author) {
    if (author.bio().isEmpty()) {
      return author.name();
    }
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put("name", author.name());
    yaml.put("bio", author.bio().get());
    return yaml;
  }

  private static Map<String, Object> image(Image image) {
    Map<String, Object> yaml = new LinkedHashMap<>();
    yaml.put("src", image.src());
    yaml.put("alt", image.alt().orElse(null));
    yaml.put("caption", image.caption().orElse(null));
    return yaml;
  }

  private static Map<String, Object> origins(Article article) {
    Map<String, Object> origins = new LinkedHashMap<>();
    for (ArticleField field : ArticleField.values()) {
      article
          .report()
          .provenance(field)
          .filter(p -> p.origin() != Origin.FRONT_MATTER)
          .ifPresent(p -> origins.put(field.key(), p.origin().name()));
    }
    return origins;
  }
}
