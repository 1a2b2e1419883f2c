package dev.redazione.site.internal;

import dev.redazione.core.ArchiveQueries;
import dev.redazione.core.Article;
import dev.redazione.core.Listing;
import dev.redazione.core.Page;
import dev.redazione.core.PublicationDate;
import dev.redazione.site.SiteSettings;
import dev.redazione.site.view.ListingView;
import dev.redazione.site.view.PageHead;
import dev.redazione.site.view.PaginationView;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Builds the paginated listings: home, tag, category, author, year, month and undated articles. A
 * listing with no articles, or a page number past its last page, is no page at all.
 */
final class ListingPages {

  private final ArchiveQueries archive;
  private final SiteSettings settings;
  private final ViewFactory views;
  private final Messages messages;

  ListingPages(
      ArchiveQueries archive, SiteSettings settings, ViewFactory views, Messages messages) {
    this.archive = archive;
    this.settings = settings;
    this.views = views;
    this.messages = messages;
  }

  Optional<PageModel> home(int page) {
    String heading = messages.get("home.heading");
    String description = messages.get("site.description");
    IntFunction<String> path = n -> new Route.Home(n).path();
    Page<Article> slice = archive.page(Listing.all(), page, settings.pageSize());
    if (slice.totalItems() == 0) {
      return Optional.of(listing(heading, description, messages.get("home.empty"), slice, path));
    }
    return listing(heading, description, slice, path);
  }

  Optional<PageModel> term(Route.TermListing route) {
    String key = route.key();
    IntFunction<String> path = n -> new Route.TermListing(route.kind(), key, n).path();
    return switch (route.kind()) {
      case TAG ->
          archive
              .findTag(key)
              .flatMap(
                  tag -> titled("listing.tag", tag.name(), Listing.tag(key), route.page(), path));
      case CATEGORY ->
          archive
              .findCategory(key)
              .flatMap(
                  category ->
                      titled(
                          "listing.category",
                          category.name(),
                          Listing.category(key),
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
                          Listing.author(key),
                          route.page(),
                          path));
    };
  }

  /** A year's listing, with links to its months. */
  Optional<PageModel> year(Route.YearListing route) {
    String year = Integer.toString(route.year());
    return titled(
            "listing.year",
            year,
            Listing.year(route.year()),
            route.page(),
            n -> new Route.YearListing(route.year(), n).path())
        .map(
            model ->
                new PageModel(
                    model.template(),
                    model.head(),
                    ((ListingView) model.view())
                        .withMonths(
                            messages.get("archive.months", year),
                            archive.months(route.year()).stream()
                                .map(ViewFactory::month)
                                .toList())));
  }

  Optional<PageModel> month(Route.MonthListing route) {
    YearMonth month = route.month();
    String name = PublicationDate.ofMonth(month.getYear(), month.getMonthValue()).toItalian();
    return titled(
        "listing.month",
        name,
        Listing.month(month),
        route.page(),
        n -> new Route.MonthListing(month, n).path());
  }

  Optional<PageModel> undated(Route.UndatedListing route) {
    String heading = messages.get("listing.undated.heading");
    return listing(
        heading,
        messages.get("listing.undated.description"),
        archive.page(Listing.undated(), route.page(), settings.pageSize()),
        n -> new Route.UndatedListing(n).path());
  }

  private Optional<PageModel> titled(
      String messagePrefix, String name, Listing listing, int page, IntFunction<String> path) {
    Page<Article> slice = archive.page(listing, page, settings.pageSize());
    String heading = messages.get(messagePrefix + ".heading", name);
    String description = messages.get(messagePrefix + ".description", name, slice.totalItems());
    return listing(heading, description, slice, path);
  }

  /** The page of a listing; none for an empty listing or a page past its end. */
  private Optional<PageModel> listing(
      String heading, String description, Page<Article> slice, IntFunction<String> path) {
    if (slice.totalItems() == 0 || slice.isBeyondEnd()) {
      return Optional.empty();
    }
    String intro = messages.get("listing.count", slice.totalItems());
    return Optional.of(listing(heading, description, intro, slice, path));
  }

  private PageModel listing(
      String heading,
      String description,
      String intro,
      Page<Article> slice,
      IntFunction<String> path) {
    int page = slice.number();
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
