package dev.redazione.site.internal;

import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.Image;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.Tag;
import dev.redazione.site.view.ArticleCard;
import dev.redazione.site.view.AuthorView;
import dev.redazione.site.view.DateView;
import dev.redazione.site.view.ImageView;
import dev.redazione.site.view.TermLink;
import java.util.List;
import java.util.Optional;

/** Builds the small view records shared by pages: cards, term links, images. Thread-safe. */
final class ViewFactory {

  /** Longest teaser on a card, in characters. */
  static final int TEASER_LENGTH = 220;

  /** Most tags shown on a card; the article page shows them all. */
  static final int CARD_TAGS = 5;

  private final ImageFiles images;

  ViewFactory(ImageFiles images) {
    this.images = images;
  }

  ArticleCard card(Article article) {
    return new ArticleCard(
        article.title(),
        SitePaths.article(article.slug().value()),
        Excerpt.of(article, TEASER_LENGTH),
        DateView.of(article.date()),
        tags(article.tags().subList(0, Math.min(CARD_TAGS, article.tags().size()))),
        leadImage(article).orElse(null));
  }

  List<ArticleCard> cards(List<Article> articles) {
    return articles.stream().map(this::card).toList();
  }

  List<TermLink> tags(List<Tag> tags) {
    return tags.stream()
        .map(t -> new TermLink(t.name(), SitePaths.listing(Route.ListingKind.TAG, t.key()), 0))
        .toList();
  }

  List<TermLink> categories(List<Category> categories) {
    return categories.stream()
        .map(c -> new TermLink(c.name(), SitePaths.listing(Route.ListingKind.CATEGORY, c.key()), 0))
        .toList();
  }

  AuthorView author(Author author) {
    return new AuthorView(
        author.name(),
        SitePaths.listing(Route.ListingKind.AUTHOR, author.key()),
        author.bio().orElse(null));
  }

  /** The lead image when its file exists under the content folder. */
  Optional<ImageView> leadImage(Article article) {
    return images.resolve(article).map(path -> imageView(path, article.image().orElseThrow()));
  }

  private static ImageView imageView(String path, Image image) {
    return new ImageView(
        SitePaths.image(path), image.alt().orElse(""), image.caption().orElse(null));
  }
}
