package dev.redazione.site.internal;

import dev.redazione.core.Article;
import dev.redazione.core.Page;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import dev.redazione.core.TermCount;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.SearchHit;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import dev.redazione.site.SiteSettings;
import dev.redazione.site.view.DateView;
import dev.redazione.site.view.FacetLink;
import dev.redazione.site.view.PageHead;
import dev.redazione.site.view.PaginationView;
import dev.redazione.site.view.SearchHitView;
import dev.redazione.site.view.SearchView;
import dev.redazione.site.view.StaticSearchView;
import java.util.List;

/**
 * Builds the search page and the search API from an {@link ArticleSearch}. Both depend on the
 * request, so they are rendered for each request, never cached. Thread-safe.
 */
final class SearchPages {

  /** Tag filters offered on the page, most frequent first. */
  static final int TAG_FACETS = 15;

  private final ArticleSearch search;
  private final SiteSettings settings;
  private final ViewFactory views;
  private final Messages messages;

  SearchPages(ArticleSearch search, SiteSettings settings, ViewFactory views, Messages messages) {
    this.search = search;
    this.settings = settings;
    this.views = views;
    this.messages = messages;
  }

  /** The search page of a query; a page past the last shows the last one. */
  PageModel page(SearchQuery asked) {
    SearchResults results = search.search(asked);
    if (results.hits().isBeyondEnd()) {
      results = search.search(asked.withPage(results.hits().totalPages()));
    }
    SearchQuery query = results.query();
    Page<SearchHit> hits = results.hits();
    int total = hits.totalPages();
    int current = query.page();
    PaginationView pagination =
        PaginationView.of(current, total, n -> SearchUrls.of(query.withPage(n)));
    int dated = results.yearCounts().stream().mapToInt(c -> c.count()).sum();
    String suggestion = results.suggestion().orElse(null);
    SearchView view =
        new SearchView(
            query.text(),
            results.totalHits(),
            hits.items().stream().map(this::hit).toList(),
            results.tagCounts().stream().limit(TAG_FACETS).map(c -> tagLink(query, c)).toList(),
            results.yearCounts().stream().map(c -> yearLink(query, c)).toList(),
            Math.max(0, results.totalHits() - dated),
            suggestion,
            suggestion == null ? null : SearchUrls.text(suggestion),
            pagination);
    String title =
        query.isBlank()
            ? messages.get("search.heading")
            : messages.get("search.title", query.text());
    return new PageModel("search/results", head(title), view);
  }

  /** The search page of a static export, searching in the browser. */
  PageModel staticPage(String indexUrl, String scriptUrl) {
    return new PageModel(
        "search/static",
        head(messages.get("search.heading")),
        new StaticSearchView(indexUrl, scriptUrl));
  }

  /** The head of a search page with this title: a plain website page, not indexed by date. */
  private PageHead head(String title) {
    return new PageHead(
        messages.get("page.title", title, settings.name()),
        title,
        messages.get("search.description"),
        null,
        "website",
        null,
        null,
        false,
        null,
        null);
  }

  private SearchHitView hit(SearchHit hit) {
    Article article = hit.article();
    return new SearchHitView(
        hit.title().html(),
        SitePaths.article(article.slug().value()),
        hit.passage().html(),
        DateView.of(article.date()),
        views.tags(
            article.tags().subList(0, Math.min(ViewFactory.CARD_TAGS, article.tags().size()))));
  }

  private static FacetLink tagLink(SearchQuery query, TermCount<Tag> count) {
    Tag tag = count.term();
    return new FacetLink(
        tag.name(),
        SearchUrls.toggleTag(query, tag.key()),
        count.count(),
        query.tags().contains(tag.key()));
  }

  private static FacetLink yearLink(SearchQuery query, TermCount<Integer> count) {
    int year = count.term();
    return new FacetLink(
        Integer.toString(year),
        SearchUrls.toggleYear(query, year),
        count.count(),
        query.years().contains(year));
  }

  /** The JSON of {@code /api/search}. */
  byte[] api(SearchQuery query) {
    SearchResults results = search.search(query);
    Page<SearchHit> hits = results.hits();
    return ApiWriter.bytes(
        new ApiResults(
            query.text(),
            query.page(),
            query.pageSize(),
            hits.totalPages(),
            results.totalHits(),
            hits.items().stream().map(this::apiHit).toList(),
            results.tagCounts().stream()
                .map(c -> new ApiTagCount(c.term().key(), c.term().name(), c.count()))
                .toList(),
            results.yearCounts().stream().map(c -> new ApiYearCount(c.term(), c.count())).toList(),
            results.suggestion().orElse(null)));
  }

  private ApiHit apiHit(SearchHit hit) {
    Article article = hit.article();
    String slug = article.slug().value();
    return new ApiHit(
        slug,
        article.title(),
        article.date().map(PublicationDate::toIso).orElse(null),
        article.tags().stream().map(Tag::name).toList(),
        settings.absolute(SitePaths.article(slug)),
        hit.title().html(),
        hit.passage().html());
  }

  /** The body of {@code /api/search}. */
  record ApiResults(
      String query,
      int page,
      int pageSize,
      int totalPages,
      int total,
      List<ApiHit> hits,
      List<ApiTagCount> tags,
      List<ApiYearCount> years,
      String suggestion) {}

  /**
   * A hit of {@code /api/search}; the HTML fields are escaped with {@code <mark>} around matches.
   */
  record ApiHit(
      String slug,
      String title,
      String date,
      List<String> tags,
      String url,
      String titleHtml,
      String passageHtml) {}

  /** A tag facet of {@code /api/search}. */
  record ApiTagCount(String key, String name, int count) {}

  /** A year facet of {@code /api/search}. */
  record ApiYearCount(int year, int count) {}
}
