package dev.redazione.site.internal;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Page;
import dev.redazione.core.PublicationDate;
import dev.redazione.site.SiteSettings;
import dev.redazione.site.view.ListingView;
import dev.redazione.site.view.PageHead;
import dev.redazione.site.view.PaginationView;
import dev.redazione.site.view.TermLink;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Builds the paginated listings: home, tag, category, author, year, month and undated articles. A
 * listing with no articles, or a page number past its last page, is no page at all.
 */
final class ListingPages {

  private final Archive archive;
  private final SiteSettings settings;
  private final ViewFactory views;
  private final Messages messages;

  ListingPages(Archive archive, SiteSettings settings, ViewFactory views, Messages messages) {
    this.archive = archive;
    this.settings = settings;
    this.views = views;
    this.messages = messages;
  }

  Optional<PageModel> home(int page) {
    String heading = messages.get("home.heading");
    String description = messages.get("site.description");
    IntFunction<String> path = n -> new Route.Home(n).path();
    if (archive.size() == 0) {
      return Optional.of(
          listing(heading, description, messages.get("home.empty"), List.of(), page, path));
    }
    return listing(heading, description, archive.articles(), page, path);
  }

  Optional<PageModel> term(Route.TermListing route) {
    String key = route.key();
    IntFunction<String> path = n -> new Route.TermListing(route.kind(), key, n).path();
    return switch (route.kind()) {
      case TAG ->
          archive
              .findTag(key)
              .flatMap(
                  tag -> titled("listing.tag", tag.name(), archive.byTag(key), route.page(), path));
      case CATEGORY ->
          archive
              .findCategory(key)
              .flatMap(
                  category ->
                      titled(
                          "listing.category",
                          category.name(),
                          archive.byCategory(key),
                          route.page(),
                          path));
      case AUTHOR ->
          archive
              .findAuthor(key)
              .flatMap(
                  author ->
                      titled(
                          "listing.author",
                          author.name(),
                          archive.byAuthor(key),
                          route.page(),
                          path));
    };
  }

  /** A year's listing, with links to its months. */
  Optional<PageModel> year(Route.YearListing route) {
    String year = Integer.toString(route.year());
    List<TermLink> months = archive.months(route.year()).stream().map(ViewFactory::month).toList();
    return titled(
            "listing.year",
            year,
            archive.byYear(route.year()),
            route.page(),
            n -> new Route.YearListing(route.year(), n).path())
        .map(
            model ->
                new PageModel(
                    model.template(),
                    model.head(),
                    ((ListingView) model.view())
                        .withMonths(messages.get("archive.months", year), months)));
  }

  Optional<PageModel> month(Route.MonthListing route) {
    YearMonth month = route.month();
    String name = PublicationDate.ofMonth(month.getYear(), month.getMonthValue()).toItalian();
    return titled(
        "listing.month",
        name,
        archive.byMonth(month),
        route.page(),
        n -> new Route.MonthListing(month, n).path());
  }

  Optional<PageModel> undated(Route.UndatedListing route) {
    String heading = messages.get("listing.undated.heading");
    return listing(
        heading,
        messages.get("listing.undated.description"),
        archive.undated(),
        route.page(),
        n -> new Route.UndatedListing(n).path());
  }

  private Optional<PageModel> titled(
      String messagePrefix,
      String name,
      List<Article> articles,
      int page,
      IntFunction<String> path) {
    String heading = messages.get(messagePrefix + ".heading", name);
    String description = messages.get(messagePrefix + ".description", name, articles.size());
    return listing(heading, description, articles, page, path);
  }

  private Optional<PageModel> listing(
      String heading,
      String description,
      List<Article> articles,
      int page,
      IntFunction<String> path) {
    if (articles.isEmpty()) {
      return Optional.empty();
    }
    Page<Article> slice = Page.of(articles, page, settings.pageSize());
    if (slice.isBeyondEnd()) {
      return Optional.empty();
    }
    String intro = messages.get("listing.count", articles.size());
    return Optional.of(listing(heading, description, intro, articles, page, path));
  }

  private PageModel listing(
      String heading,
      String description,
      String intro,
      List<Article> articles,
      int page,
      IntFunction<String> path) {
    Page<Article> slice = Page.of(articles, page, settings.pageSize());
    PaginationView pagination = PaginationView.of(page, slice.totalPages(), path);
    String title =
        page == 1
            ? messages.get("page.title", heading, settings.name())
            : messages.get("page.title.paged", heading, page, settings.name());
    PageHead head =
        new PageHead(
            title,
            heading,
            description,
            settings.absolute(path.apply(page)),
            "website",
            null,
            null,
            true,
            null,
            path.apply(page));
    return new PageModel(
        "listings/show",
        head,
        new ListingView(heading, intro, views.cards(slice.items()), pagination, List.of(), null));
  }
}
