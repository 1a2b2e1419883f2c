package dev.redazione.site.internal;

import dev.redazione.core.ArchiveQueries;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import dev.redazione.site.SiteSettings;
import dev.redazione.site.view.ArticleView;
import dev.redazione.site.view.DateView;
import dev.redazione.site.view.ImageView;
import dev.redazione.site.view.NewsArticleJsonLd;
import dev.redazione.site.view.PageHead;
import dev.redazione.site.view.RelatedCard;
import java.util.Optional;

/**
 * Builds article pages: the view, the head with social cards and the JSON-LD {@code NewsArticle}.
 * Related articles and articles on the same story are optional parts: a failure finding them never
 * keeps the article from being shown.
 */
final class ArticlePages {

  /** Longest meta description, in characters. */
  static final int DESCRIPTION_LENGTH = 160;

  private final ArchiveQueries archive;
  private final ArticleLinks links;
  private final SiteSettings settings;
  private final ViewFactory views;
  private final Messages messages;

  ArticlePages(
      ArchiveQueries archive,
      ArticleLinks links,
      SiteSettings settings,
      ViewFactory views,
      Messages messages) {
    this.archive = archive;
    this.links = links;
    this.settings = settings;
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
            Standfirst.of(article).orElse(null),
            DateView.of(article.date()),
            DateView.of(article.updated()),
            article.authors().stream().map(views::author).toList(),
            article.readingMinutes(),
            views.tags(article.tags()),
            views.categories(article.categories()),
            image.orElse(null),
            views.bodyHtml(article),
            archive.previous(article).map(views::card).orElse(null),
            archive.next(article).map(views::card).orElse(null),
            OptionalPart.of(
                "related articles",
                article,
                () ->
                    links.related(article).stream()
                        .map(r -> new RelatedCard(views.card(r.article()), r.reason()))
                        .toList()),
            OptionalPart.of(
                "articles on the same story",
                article,
                () ->
                    links.sameStory(article).stream()
                        .map(r -> new RelatedCard(views.card(r.article()), r.reason()))
                        .toList()));
    String canonical = settings.absolute(SitePaths.article(article.slug().value()));
    String description = Excerpt.of(article, DESCRIPTION_LENGTH);
    Optional<String> imageUrl = image.map(i -> settings.absolute(i.src()));
    PageHead head =
        new PageHead(
            messages.get("page.title", article.title(), settings.name()),
            article.title(),
            description,
            canonical,
            "article",
            imageUrl.orElse(null),
            ScriptJson.write(jsonLd(article, description, canonical, imageUrl)),
            true,
            new PageHead.ArticleMeta(
                article.date().map(PublicationDate::toIso).orElse(null),
                article.updated().map(PublicationDate::toIso).orElse(null),
                article.tags().stream().map(Tag::name).toList()),
            SitePaths.article(article.slug().value()));
    return new PageModel("articles/show", head, view);
  }

  private NewsArticleJsonLd jsonLd(
      Article article, String description, String canonical, Optional<String> imageUrl) {
    return new NewsArticleJsonLd(
        article.title(),
        description,
        article.date().map(PublicationDate::toIso).orElse(null),
        article.updated().or(article::date).map(PublicationDate::toIso).orElse(null),
        article.authors().stream().map(ArticlePages::person).toList(),
        imageUrl.stream().toList(),
        canonical,
        new NewsArticleJsonLd.WebPage(canonical),
        article.tags().stream().map(Tag::name).toList(),
        new NewsArticleJsonLd.Organization(
            settings.name(),
            new NewsArticleJsonLd.ImageObject(settings.absolute(Route.Fixed.LOGO.path()))));
  }

  private static NewsArticleJsonLd.Thing person(Author author) {
    return new NewsArticleJsonLd.Thing("Person", author.name());
  }
}
