package dev.redazione.site.internal;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.TermCount;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Every route of a site snapshot: the HTML pages (also the sitemap's content) and the other
 * resources (feeds, sitemap, robots rules, stylesheet, logo, and the JSON API's pages and article
 * records at their file paths). Searches depend on the request and are not listed. Immutable and
 * thread-safe.
 */
public final class SiteRoutes {

  private final List<String> pages;
  private final List<String> api;
  private final Map<String, PublicationDate> articleDates;

  /** Lists the routes of an archive paginated at {@code pageSize}. */
  public SiteRoutes(Archive archive, int pageSize) {
    List<String> paths = new ArrayList<>();
    Map<String, PublicationDate> dates = new HashMap<>();
    paged(paths, Math.max(1, archive.size()), pageSize, n -> new Route.Home(n).path());
    for (Article article : archive.articles()) {
      String path = SitePaths.article(article.slug().value());
      paths.add(path);
      article
          .updated()
          .filter(SiteRoutes::toTheDay)
          .or(() -> article.date().filter(SiteRoutes::toTheDay))
          .ifPresent(date -> dates.put(path, date));
    }
    for (Route.ListingKind kind : Route.ListingKind.values()) {
      paths.add(kind.indexPath());
    }
    terms(
        paths,
        archive.tags().stream().map(c -> new TermCount<>(c.term().key(), c.count())).toList(),
        Route.ListingKind.TAG,
        pageSize);
    terms(
        paths,
        archive.categories().stream().map(c -> new TermCount<>(c.term().key(), c.count())).toList(),
        Route.ListingKind.CATEGORY,
        pageSize);
    terms(
        paths,
        archive.authors().stream().map(c -> new TermCount<>(c.term().key(), c.count())).toList(),
        Route.ListingKind.AUTHOR,
        pageSize);
    paths.add(new Route.ArchiveIndex().path());
    for (TermCount<Integer> year : archive.years()) {
      paged(paths, year.count(), pageSize, n -> new Route.YearListing(year.term(), n).path());
      for (TermCount<YearMonth> month : archive.months(year.term())) {
        paged(paths, month.count(), pageSize, n -> new Route.MonthListing(month.term(), n).path());
      }
    }
    if (!archive.undated().isEmpty()) {
      paged(paths, archive.undated().size(), pageSize, n -> new Route.UndatedListing(n).path());
    }
    this.pages = List.copyOf(paths);
    List<String> apiPaths = new ArrayList<>();
    paged(
        apiPaths,
        Math.max(1, archive.size()),
        ApiWriter.PAGE_SIZE,
        n -> new Route.ApiList(n).path());
    archive.articles().forEach(a -> apiPaths.add(new Route.ApiArticle(a.slug().value()).path()));
    this.api = List.copyOf(apiPaths);
    this.articleDates = Map.copyOf(dates);
  }

  private static boolean toTheDay(PublicationDate date) {
    return date.localDate().isPresent();
  }

  private static void terms(
      List<String> paths, List<TermCount<String>> keys, Route.ListingKind kind, int pageSize) {
    for (TermCount<String> key : keys) {
      paged(paths, key.count(), pageSize, n -> new Route.TermListing(kind, key.term(), n).path());
    }
  }

  private static void paged(List<String> paths, int items, int pageSize, IntFunction<String> path) {
    int pages = (items + pageSize - 1) / pageSize;
    for (int n = 1; n <= pages; n++) {
      paths.add(path.apply(n));
    }
  }

  /** Every HTML page, home first, then articles, indexes and listings. */
  public List<String> pages() {
    return pages;
  }

  /**
   * The pages followed by the feeds, sitemap, robots rules, stylesheet and logo, then the API's
   * pages and article records.
   */
  public List<String> all() {
    List<String> all = new ArrayList<>(pages);
    for (Route.Fixed fixed : Route.Fixed.values()) {
      all.add(fixed.path());
    }
    all.addAll(api);
    return List.copyOf(all);
  }

  /**
   * The day an article page last changed (its update or else its publication date, the first known
   * to the day or finer), for article pages.
   */
  public Optional<PublicationDate> lastModified(String path) {
    return Optional.ofNullable(articleDates.get(path));
  }
}
