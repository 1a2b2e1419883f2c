package dev.redazione.site.internal;

import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.Image;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import dev.redazione.core.TermCount;
import dev.redazione.site.view.ArticleCard;
import dev.redazione.site.view.AuthorView;
import dev.redazione.site.view.DateView;
import dev.redazione.site.view.ImageView;
import dev.redazione.site.view.TermLink;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

/** Builds the small view records shared by pages: cards, term links, images. Thread-safe. */
final class ViewFactory {

  /** Longest teaser on a card, in characters. */
  static final int TEASER_LENGTH = 220;

  /** Most tags shown on a card; the article page shows them all. */
  static final int CARD_TAGS = 5;

  private final ImageFiles images;
  private final ImageSizes sizes;

  ViewFactory(ImageFiles images) {
    this.images = images;
    this.sizes = new ImageSizes(images);
  }

  /** The article's body HTML as pages and feeds show it, see {@link BodyImages}. */
  String bodyHtml(Article article) {
    return BodyImages.rewrite(article, images, sizes);
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

  /** A month of the archive with its count, named in Italian ({@code gennaio 2025}). */
  static TermLink month(TermCount<YearMonth> month) {
    YearMonth m = month.term();
    String name = PublicationDate.ofMonth(m.getYear(), m.getMonthValue()).toItalian();
    return new TermLink(name, SitePaths.month(m), month.count());
  }

  AuthorView author(Author author) {
    return new AuthorView(
        author.name(),
        SitePaths.listing(Route.ListingKind.AUTHOR, author.key()),
        author.bio().orElse(null));
  }

  /** The lead image when its file exists under the content folder. */
  Optional<ImageView> leadImage(Article article) {
    return images.resolve(article).map(path -> imageView(path, article));
  }

  /**
   * The lead image with its size; its caption is the image's own, else an image credit the subtitle
   * carried ({@link Standfirst}); its alternative text is empty when the caption says the same.
   */
  private ImageView imageView(String path, Article article) {
    Image image = article.image().orElseThrow();
    String caption = image.caption().or(() -> Standfirst.credit(article)).orElse(null);
    String alt = image.alt().orElse("");
    if (caption != null && BodyImages.sameText(alt, caption)) {
      alt = "";
    }
    Optional<ImageSizes.Size> size = sizes.of(path);
    return new ImageView(
        SitePaths.image(path),
        alt,
        caption,
        size.map(ImageSizes.Size::width).orElse(null),
        size.map(ImageSizes.Size::height).orElse(null));
  }
}
