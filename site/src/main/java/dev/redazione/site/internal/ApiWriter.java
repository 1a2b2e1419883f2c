package dev.redazione.site.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Page;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import dev.redazione.ingest.ArticleJson;
import dev.redazione.site.SiteSettings;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/** Writes the JSON API: paginated article summaries and the canonical JSON of one article. */
final class ApiWriter {

  /** Summaries per page of {@code /api/articles}. */
  static final int PAGE_SIZE = 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Archive archive;
  private final SiteSettings settings;

  ApiWriter(Archive archive, SiteSettings settings) {
    this.archive = archive;
    this.settings = settings;
  }

  /**
   * One page of summaries; nothing past the last page (an empty archive has an empty first page).
   */
  Optional<byte[]> list(int number) {
    Page<Article> page = archive.page(number, PAGE_SIZE);
    if (page.isBeyondEnd()) {
      return Optional.empty();
    }
    List<Summary> summaries = page.items().stream().map(this::summary).toList();
    String next = page.hasNext() ? new Route.ApiList(number + 1).path() : null;
    return Optional.of(
        bytes(
            new SummaryPage(
                number, PAGE_SIZE, page.totalPages(), page.totalItems(), next, summaries)));
  }

  /** The canonical JSON of an article, as the ingest module defines it. */
  Optional<byte[]> article(String slug) {
    return archive.findBySlug(slug).map(a -> ArticleJson.write(a).getBytes(StandardCharsets.UTF_8));
  }

  private Summary summary(Article article) {
    String slug = article.slug().value();
    return new Summary(
        slug,
        article.title(),
        article.subtitle().orElse(null),
        article.date().map(PublicationDate::toIso).orElse(null),
        article.authors().stream().map(Author::name).toList(),
        article.tags().stream().map(Tag::name).toList(),
        settings.absolute(SitePaths.article(slug)),
        new Route.ApiArticle(slug).path());
  }

  static byte[] bytes(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }

  /** A page of {@code /api/articles}. */
  record SummaryPage(
      int page,
      int pageSize,
      int totalPages,
      int totalArticles,
      String next,
      List<Summary> articles) {}

  /** An article in {@code /api/articles}. */
  record Summary(
      String slug,
      String title,
      String subtitle,
      String date,
      List<String> authors,
      List<String> tags,
      String url,
      String api) {}
}
