package dev.redazione.site.internal;

import dev.redazione.core.ArchiveQueries;
import dev.redazione.core.Listing;
import dev.redazione.site.ErrorPage;
import dev.redazione.site.SiteSettings;
import dev.redazione.site.view.ArchiveView;
import dev.redazione.site.view.MessageView;
import dev.redazione.site.view.PageHead;
import dev.redazione.site.view.TermIndexView;
import dev.redazione.site.view.TermLink;
import java.util.List;

/**
 * Builds the index pages (every tag, category, author; the archive by year) and the error pages.
 */
final class IndexPages {

  private final ArchiveQueries archive;
  private final SiteSettings settings;
  private final Messages messages;

  IndexPages(ArchiveQueries archive, SiteSettings settings, Messages messages) {
    this.archive = archive;
    this.settings = settings;
    this.messages = messages;
  }

  PageModel terms(Route.TermIndex route) {
    Route.ListingKind kind = route.kind();
    List<TermLink> links =
        switch (kind) {
          case TAG ->
              archive.tags().stream()
                  .map(
                      c ->
                          link(c.term().name(), SitePaths.listing(kind, c.term().key()), c.count()))
                  .toList();
          case CATEGORY ->
              archive.categories().stream()
                  .map(
                      c ->
                          link(c.term().name(), SitePaths.listing(kind, c.term().key()), c.count()))
                  .toList();
          case AUTHOR ->
              archive.authors().stream()
                  .map(
                      c ->
                          link(c.term().name(), SitePaths.listing(kind, c.term().key()), c.count()))
                  .toList();
        };
    String prefix = "index." + kind.name().toLowerCase(java.util.Locale.ROOT);
    String heading = messages.get(prefix + ".heading");
    return page(
        "terms/index",
        heading,
        messages.get(prefix + ".description"),
        route.path(),
        new TermIndexView(heading, links));
  }

  PageModel archive() {
    List<ArchiveView.YearView> years =
        archive.years().stream()
            .map(
                year ->
                    new ArchiveView.YearView(
                        link(
                            Integer.toString(year.term()),
                            SitePaths.year(year.term()),
                            year.count()),
                        archive.months(year.term()).stream().map(ViewFactory::month).toList()))
            .toList();
    int undated = archive.page(Listing.undated(), 1, 1).totalItems();
    TermLink undatedLink =
        undated == 0
            ? null
            : link(
                messages.get("listing.undated.heading"),
                new Route.UndatedListing(1).path(),
                undated);
    String heading = messages.get("archive.heading");
    return page(
        "archive/index",
        heading,
        messages.get("archive.description"),
        "/archivio",
        new ArchiveView(years, undatedLink));
  }

  /**
   * An error page whose heading and text are the bundle's {@code prefix.heading} and {@code
   * prefix.text}; the page not found also offers a search box and the archive.
   */
  PageModel error(String prefix) {
    String heading = messages.get(prefix + ".heading");
    PageHead head =
        new PageHead(
            messages.get("page.title", heading, settings.name()),
            heading,
            heading,
            null,
            "website",
            null,
            null,
            false,
            null,
            null);
    return new PageModel(
        "errors/show",
        head,
        new MessageView(
            heading,
            messages.get(prefix + ".text"),
            prefix.equals(ErrorPage.NOT_FOUND.messagePrefix())));
  }

  private PageModel page(
      String template, String heading, String description, String path, Object view) {
    PageHead head =
        new PageHead(
            messages.get("page.title", heading, settings.name()),
            heading,
            description,
            settings.absolute(path),
            "website",
            null,
            null,
            true,
            null,
            path);
    return new PageModel(template, head, view);
  }

  private static TermLink link(String name, String url, int count) {
    return new TermLink(name, url, count);
  }
}
