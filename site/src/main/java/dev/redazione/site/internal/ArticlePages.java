package dev.redazione.site.internal;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.site.ImageCatalog;
import dev.redazione.site.SiteSettings;
import dev.redazione.site.view.ArticleView;
import dev.redazione.site.view.DateView;
import dev.redazione.site.view.ImageView;
import dev.redazione.site.view.NewsArticleJsonLd;
import dev.redazione.site.view.PageHead;
import dev.redazione.site.view.RelatedCard;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds article pages: the view, the head with social cards and the JSON-LD {@code NewsArticle}.
 * Related articles and articles on the same story are optional parts: a failure finding them never
 * keeps the article from being shown.
 */
final class ArticlePages {

  private static final Logger LOG = LoggerFactory.getLogger(ArticlePages.class);

  /** Related articles ("Leggi anche") shown under an article. */
  static final int RELATED = 3;

  /** Longest meta description, in characters. */
  static final int DESCRIPTION_LENGTH = 160;

  private final Archive archive;
  private final ArticleSearch search;
  private final SiteSettings settings;
  private final ImageCatalog images;
  private final ViewFactory views;
  private final Messages messages;

  ArticlePages(
      Archive archive,
      ArticleSearch search,
      SiteSettings settings,
      ImageCatalog images,
      ViewFactory views,
      Messages messages) {
    this.archive = archive;
    this.search = search;
    this.settings = settings;
    this.images = images;
    this.views = views;
    this.messages = messages;
  }

  Optional<PageModel> page(String slug) {
    return archive.findBySlug(slug).map(this::page);
  }

  private PageModel page(Article article) {
    Optional<ImageView> image = views.leadImage(article);
    ArticleView view =
        new ArticleView(
            article.title(),
            article.subtitle().orElse(null),
            DateView.of(article.date()),
            DateView.of(article.updated()),
            article.authors().stream().map(views::author).toList(),
            article.readingMinutes(),
            views.tags(article.tags()),
            views.categories(article.categories()),
            image.orElse(null),
            BodyImages.rewrite(article, images),
            archive.previous(article).map(views::card).orElse(null),
            archive.next(article).map(views::card).orElse(null),
            optional(
                "related articles",
                article,
                () ->
                    search.related(article, RELATED).stream()
                        .map(r -> new RelatedCard(views.card(r.article()), r.reason()))
                        .toList()),
            optional(
                "articles on the same story",
                article,
                () ->
                    search.sameStoryWithReasons(article).stream()
                        .map(r -> new RelatedCard(views.card(r.article()), r.reason()))
                        .toList()));
    String canonical = settings.absolute(SitePaths.article(article.slug().value()));
    String description = Excerpt.of(article, DESCRIPTION_LENGTH);
    Optional<String> imageUrl = image.map(i -> settings.absolute(i.src()));
    PageHead head =
        new PageHead(
            messages.get("page.title", article.title(), settings.name()),
            description,
            canonical,
            "article",
            imageUrl.orElse(null),
            ScriptJson.write(jsonLd(article, description, canonical, imageUrl)),
            true);
    return new PageModel("articles/show", head, view);
  }

  /**
   * An optional part of an article page; when it cannot be made, the failure is logged and the page
   * is shown without it.
   */
  private static <T> List<T> optional(String part, Article article, Supplier<List<T>> make) {
    try {
      return make.get();
    } catch (RuntimeException e) {
      LOG.warn(
          "the {} of {} ({}) cannot be found; its page is shown without them",
          part,
          article.slug(),
          article.source().path(),
          e);
      return List.of();
    }
  }

  private NewsArticleJsonLd jsonLd(
      Article article, String description, String canonical, Optional<String> imageUrl) {
    return new NewsArticleJsonLd(
        article.title(),
        description,
        article.date().map(PublicationDate::toIso).orElse(null),
        article.updated().map(PublicationDate::toIso).orElse(null),
        article.authors().stream().map(ArticlePages::person).toList(),
        imageUrl.stream().toList(),
        canonical,
        article.tags().stream().map(Tag::name).toList(),
        new NewsArticleJsonLd.Thing("Organization", settings.name()));
  }

  private static NewsArticleJsonLd.Thing person(Author author) {
    return new NewsArticleJsonLd.Thing("Person", author.name());
  }
}
