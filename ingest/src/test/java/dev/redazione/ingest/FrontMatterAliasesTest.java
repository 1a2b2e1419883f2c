package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.Severity;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every key alias of Jekyll, Hugo, Astro, Eleventy and WordPress exports, and the value quirks of
 * real files, as a table: YAML lines, the canonical JSON key, the expected JSON value.
 */
class FrontMatterAliasesTest {

  static Stream<Arguments> aliases() {
    return Stream.of(
        Arguments.of("subtitle: Sotto", "subtitle", "\"Sotto\""),
        Arguments.of("sottotitolo: Sotto", "subtitle", "\"Sotto\""),
        Arguments.of("description: Sotto", "subtitle", "\"Sotto\""),
        Arguments.of("summary: Sotto", "subtitle", "\"Sotto\""),
        Arguments.of("excerpt: Sotto", "subtitle", "\"Sotto\""),
        Arguments.of("sommario: Sotto", "subtitle", "\"Sotto\""),
        Arguments.of("subtitle: Sotto\ndescription: Riassunto", "summary", "\"Riassunto\""),
        Arguments.of("date: 2023-02-12", "date", "\"2023-02-12\""),
        Arguments.of("pubDate: 2023-02-12", "date", "\"2023-02-12\""),
        Arguments.of("published: 2023-02-12", "date", "\"2023-02-12\""),
        Arguments.of("publishDate: 2023-02-12", "date", "\"2023-02-12\""),
        Arguments.of("date: 2025-01", "date", "\"2025-01\""),
        Arguments.of("date: 2025", "date", "\"2025\""),
        Arguments.of("date: 2019-11-29 10:00:00 +0200", "date", "\"2019-11-29T10:00+02:00\""),
        Arguments.of("date: 2016-04-24T12:09:19.000Z", "date", "\"2016-04-24T12:09Z\""),
        Arguments.of("date: \"2025-01-15T10:41:00+02:00\"", "date", "\"2025-01-15T10:41+02:00\""),
        Arguments.of("lastmod: 2024-01-02", "updated", "\"2024-01-02\""),
        Arguments.of("updated: 2024-01-02", "updated", "\"2024-01-02\""),
        Arguments.of("author: Mario Rossi", "authors", "[{\"name\":\"Mario Rossi\",\"bio\":null}]"),
        Arguments.of("autore: Mario Rossi", "authors", "[{\"name\":\"Mario Rossi\",\"bio\":null}]"),
        Arguments.of(
            "authors: [Mario Rossi, Anna Bianchi]",
            "authors",
            "[{\"name\":\"Mario Rossi\",\"bio\":null},{\"name\":\"Anna Bianchi\",\"bio\":null}]"),
        Arguments.of(
            "authors:\n  - name: Mario Rossi\n    bio: Giornalista",
            "authors",
            "[{\"name\":\"Mario Rossi\",\"bio\":\"Giornalista\"}]"),
        Arguments.of(
            "author: {name: Mario Rossi}", "authors", "[{\"name\":\"Mario Rossi\",\"bio\":null}]"),
        Arguments.of("tags: [OpenAI, Azure]", "tags", "[\"OpenAI\",\"Azure\"]"),
        Arguments.of("tags: OpenAI, Azure", "tags", "[\"OpenAI\",\"Azure\"]"),
        Arguments.of("tags:", "tags", "[]"),
        Arguments.of("categories: [Tech]", "categories", "[\"Tech\"]"),
        Arguments.of("category: Tech", "categories", "[\"Tech\"]"),
        Arguments.of("categoria: Tech", "categories", "[\"Tech\"]"),
        Arguments.of(
            "image: a.jpg\nalt: Alt",
            "image",
            "{\"src\":\"a.jpg\",\"alt\":\"Alt\",\"caption\":null}"),
        Arguments.of(
            "cover: {image: a.jpg, alt: Alt, caption: Cap}",
            "image",
            "{\"src\":\"a.jpg\",\"alt\":\"Alt\",\"caption\":\"Cap\"}"),
        Arguments.of(
            "featured_image: a.jpg\nimage_alt: Alt",
            "image",
            "{\"src\":\"a.jpg\",\"alt\":\"Alt\",\"caption\":null}"),
        Arguments.of(
            "feature_image: a.jpg\nimageAlt: Alt",
            "image",
            "{\"src\":\"a.jpg\",\"alt\":\"Alt\",\"caption\":null}"),
        Arguments.of(
            "immagine: a.jpg", "image", "{\"src\":\"a.jpg\",\"alt\":null,\"caption\":null}"),
        Arguments.of(
            "image: {path: a.jpg}", "image", "{\"src\":\"a.jpg\",\"alt\":null,\"caption\":null}"),
        Arguments.of(
            "image: https://example.org/a.jpg",
            "image",
            "{\"src\":\"https://example.org/a.jpg\",\"alt\":null,\"caption\":null}"),
        Arguments.of("slug: mio-articolo", "slug", "\"mio-articolo\""),
        Arguments.of("path: mio-articolo", "slug", "\"mio-articolo\""),
        Arguments.of("permalink: /2021/05/mio-articolo/", "slug", "\"mio-articolo\""),
        Arguments.of("url: /blog/mio-articolo.html", "slug", "\"mio-articolo\""),
        Arguments.of(
            "subtitle: L&#8217;IA&nbsp;oggi &amp; domani", "subtitle", "\"L’IA oggi & domani\""));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("aliases")
  void mapsAliasOntoField(String lines, String key, String expectedJson) {
    String text = "---\ntitle: Titolo\n" + lines + "\n---\nTesto.\n";

    Article article = Reading.article("a.md", text);

    assertThat(Reading.json(article).get(key))
        .as("%s from%n%s", key, text)
        .isEqualTo(Reading.parse(expectedJson));
    assertThat(article.report().diagnostics())
        .as("diagnostics of%n%s", text)
        .noneMatch(d -> d.severity() != Severity.INFO);
  }
}
