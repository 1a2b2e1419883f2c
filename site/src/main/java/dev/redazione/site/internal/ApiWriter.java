package dev.redazione.site.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redazione.core.ArchiveQueries;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.Listing;
import dev.redazione.core.Page;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.site.SiteSettings;
import dev.redazione.site.api.ApiArticle;
import dev.redazione.site.api.ApiAuthor;
import dev.redazione.site.api.ApiHeading;
import dev.redazione.site.api.ApiImage;
import dev.redazione.site.api.ApiLink;
import dev.redazione.site.api.ApiPage;
import dev.redazione.site.api.ApiSummary;
import java.util.List;
import java.util.Optional;

/**
 * Writes the public JSON API: paginated article summaries and the public record of one article.
 * Only what the article page shows goes out; how an article was read stays with the maintainer.
 */
final class ApiWriter {

  /** Summaries per page of {@code /api/articles}. */
  static final int PAGE_SIZE = 20;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ArchiveQueries archive;
  private final ArticleLinks links;
  private final SiteSettings settings;
  private final ImageFiles images;
  private final ViewFactory views;

  ApiWriter(
      ArchiveQueries archive,
      ArticleLinks links,
      SiteSettings settings,
      ImageFiles images,
      ViewFactory views) {
    this.archive = archive;
    this.links = links;
    this.settings = settings;
    this.images = images;
    this.views = views;
  }

  /**
   * One page of summaries; nothing past the last page (an empty archive has an empty first page).
   */
  Optional<byte[]> list(int number) {
    Page<Article> page = archive.page(Listing.all(), number, PAGE_SIZE);
    if (page.isBeyondEnd()) {
      return Optional.empty();
    }
    List<ApiSummary> summaries = page.items().stream().map(this::summary).toList();
    String next = page.hasNext() ? new Route.ApiList(number + 1).path() : null;
    return Optional.of(
        bytes(
            new ApiPage(number, PAGE_SIZE, page.totalPages(), page.totalItems(), next, summaries)));
  }

  /** The public record of an article, when the archive has that slug. */
  Optional<byte[]> article(String slug) {
    return archive.findBySlug(slug).map(this::article).map(ApiWriter::bytes);
  }

  private ApiArticle article(Article article) {
    return new ApiArticle(
        article.slug().value(),
        article.title(),
        article.subtitle().orElse(null),
        iso(article.date()),
        iso(article.updated()),
        article.authors().stream().map(a -> new ApiAuthor(a.name(), a.bio().orElse(null))).toList(),
        article.tags().stream().map(Tag::name).toList(),
        article.categories().stream().map(Category::name).toList(),
        views.leadImage(article).map(i -> new ApiImage(i.src(), i.alt(), i.caption())).orElse(null),
        article.summary().orElse(null),
        article.headings().stream()
            .map(h -> new ApiHeading(h.level(), h.text(), h.anchor()))
            .toList(),
        views.bodyHtml(article),
        article.wordCount(),
        article.readingMinutes(),
        settings.absolute(SitePaths.article(article.slug().value())),
        OptionalPart.of(
            "related articles",
            article,
            () -> links.related(article).stream().map(r -> link(r.article())).toList()),
        OptionalPart.of(
            "articles on the same story",
            article,
            () ->
                links.sameStory(article).stream()
                    .map(RelatedArticle::article)
                    .map(this::link)
                    .toList()));
  }

  private ApiLink link(Article article) {
    String slug = article.slug().value();
    return new ApiLink(
        slug,
        article.title(),
        settings.absolute(SitePaths.article(slug)),
        new Route.ApiArticle(slug).path());
  }

  private ApiSummary summary(Article article) {
    String slug = article.slug().value();
    return new ApiSummary(
        slug,
        article.title(),
        article.subtitle().orElse(null),
        iso(article.date()),
        article.authors().stream().map(Author::name).toList(),
        article.tags().stream().map(Tag::name).toList(),
        settings.absolute(SitePaths.article(slug)),
        new Route.ApiArticle(slug).path());
  }

  private static String iso(Optional<PublicationDate> date) {
    return date.map(PublicationDate::toIso).orElse(null);
  }

  static byte[] bytes(Object value) {
    try {
      return JSON.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot write JSON for " + value.getClass().getSimpleName(), e);
    }
  }
}
