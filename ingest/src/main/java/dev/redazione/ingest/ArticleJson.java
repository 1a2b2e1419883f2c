package dev.redazione.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.redazione.core.Article;
import dev.redazione.core.ArticleField;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Heading;
import dev.redazione.core.Image;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.RemovedLine;
import dev.redazione.core.Tag;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inspection record of an article as JSON, for maintainers (the CLI's {@code inspect --json}):
 * what was published and how it was read. The public API writes its own record, without the read
 * report. Keys, always present and in this order: {@code slug, title, subtitle, date, updated,
 * authors[{name, bio}], tags, categories, image{src, alt, caption}, summary, headings[{level, text,
 * anchor}], bodyMarkdown, bodyHtml, wordCount, readingMinutes, source{path, format},
 * provenance{field: ORIGIN}, removed[{line, text, rule}], diagnostics[{severity, line, code,
 * message}]}. Absent values are {@code null} or empty lists; dates are ISO text at their precision.
 * Stateless and thread-safe.
 */
public final class ArticleJson {

  private static final ObjectMapper COMPACT = JsonMapper.builder().build();
  private static final ObjectMapper PRETTY =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private ArticleJson() {}

  /** The article as indented JSON. */
  public static String write(Article article) {
    return write(article, true);
  }

  /**
   * The article as JSON.
   *
   * @param pretty whether to indent the output
   */
  public static String write(Article article, boolean pretty) {
    try {
      return (pretty ? PRETTY : COMPACT).writeValueAsString(toMap(article));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("an article map could not be written as JSON", e);
    }
  }

  /** The article as an ordered map of plain values (strings, numbers, lists, maps, nulls). */
  public static Map<String, Object> toMap(Article article) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("slug", article.slug().value());
    json.put("title", article.title());
    json.put("subtitle", article.subtitle().orElse(null));
    json.put("date", article.date().map(PublicationDate::toIso).orElse(null));
    json.put("updated", article.updated().map(PublicationDate::toIso).orElse(null));
    json.put("authors", article.authors().stream().map(ArticleJson::author).toList());
    json.put("tags", article.tags().stream().map(Tag::name).toList());
    json.put("categories", article.categories().stream().map(Category::name).toList());
    json.put("image", article.image().map(ArticleJson::image).orElse(null));
    json.put("summary", article.summary().orElse(null));
    json.put("headings", article.headings().stream().map(ArticleJson::heading).toList());
    json.put("bodyMarkdown", article.body().markdown());
    json.put("bodyHtml", article.body().html());
    json.put("wordCount", article.wordCount());
    json.put("readingMinutes", article.readingMinutes());
    json.put(
        "source",
        ordered(
            "path",
            article.report().source().path(),
            "format",
            article.report().source().format().name()));
    json.put("provenance", provenance(article));
    json.put("removed", article.report().removed().stream().map(ArticleJson::removed).toList());
    json.put(
        "diagnostics",
        article.report().diagnostics().stream().map(ArticleJson::diagnostic).toList());
    return json;
  }

  private static Map<String, Object> author(Author author) {
    return ordered("name", author.name(), "bio", author.bio().orElse(null));
  }

  private static Map<String, Object> image(Image image) {
    Map<String, Object> json = ordered("src", image.src(), "alt", image.alt().orElse(null));
    json.put("caption", image.caption().orElse(null));
    return json;
  }

  private static Map<String, Object> heading(Heading heading) {
    Map<String, Object> json = ordered("level", heading.level(), "text", heading.text());
    json.put("anchor", heading.anchor());
    return json;
  }

  private static Map<String, Object> provenance(Article article) {
    Map<String, Object> json = new LinkedHashMap<>();
    for (ArticleField field : ArticleField.values()) {
      article.report().provenance(field).ifPresent(p -> json.put(field.key(), p.origin().name()));
    }
    return json;
  }

  private static Map<String, Object> removed(RemovedLine line) {
    Map<String, Object> json = ordered("line", line.line(), "text", line.text());
    json.put("rule", line.rule());
    return json;
  }

  private static Map<String, Object> diagnostic(Diagnostic diagnostic) {
    Map<String, Object> json =
        ordered(
            "severity",
            diagnostic.severity().name(),
            "line",
            diagnostic.line().isPresent() ? diagnostic.line().getAsInt() : null);
    json.put("code", diagnostic.code());
    json.put("message", diagnostic.message());
    return json;
  }

  private static Map<String, Object> ordered(
      String key1, Object value1, String key2, Object value2) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put(key1, value1);
    json.put(key2, value2);
    return json;
  }
}
