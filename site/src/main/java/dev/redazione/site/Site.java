package dev.redazione.site;

import dev.redazione.core.Archive;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.Slug;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.site.internal.Messages;
import dev.redazione.site.internal.RedirectPage;
import dev.redazione.site.internal.Route;
import dev.redazione.site.internal.RouteParser;
import dev.redazione.site.internal.SearchRequest;
import dev.redazione.site.internal.SitePaths;
import dev.redazione.site.internal.SiteRoutes;
import dev.redazione.site.internal.SnapshotPages;
import dev.redazione.site.internal.TemplateRenderer;
import dev.redazione.site.internal.UnbuiltSearch;
import dev.redazione.site.view.PageHead;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The site of one archive snapshot: renders any of its routes to bytes and lists them all.
 *
 * <p>Every page depends only on the snapshot, so each is rendered at most once and then served from
 * this object's cache, keyed by the route's canonical path; a new snapshot is a new {@code Site}
 * with an empty cache. Only existing routes are cached, so the cache is bounded by the site's size.
 * It counts the requests for each page it has rendered, so that the pages requested most can be
 * rendered in the next snapshot before that one is served ({@link #mostRequested}, {@link #warm}).
 * Made by {@link SiteRenderer#snapshot}. Immutable in what it renders, and thread-safe.
 */
public final class Site {

  /**
   * The site path of the static export's search index, which the export writes beside the pages.
   */
  public static final String SEARCH_INDEX = "/assets/cerca-indice.json";

  /**
   * The site path of the static export's search script, which the export writes beside the pages.
   */
  public static final String SEARCH_SCRIPT = "/assets/cerca.js";

  /**
   * Cache keys of the pages no request path names (error pages, the static export's search page)
   * start with a character no request path starts with.
   */
  private static final String ERROR_KEY = "!";

  private final Archive archive;
  private final ArticleSearch search;
  private final ShownText shownText;
  private final ImageFiles images;
  private final Instant version;
  private final SiteSettings settings;
  private final SnapshotPages pages;
  private final ConcurrentHashMap<String, Cached> cache = new ConcurrentHashMap<>();
  private volatile SiteRoutes routes;
  private volatile Map<String, String> redirects;

  Site(
      Archive archive,
      ArticleSearch search,
      ShownText shownText,
      ImageFiles images,
      Instant version,
      SiteSettings settings,
      Messages messages,
      TemplateRenderer templates,
      byte[] stylesheet) {
    this.archive = archive;
    this.search = search;
    this.shownText = shownText;
    this.images = images;
    this.version = version.truncatedTo(ChronoUnit.SECONDS);
    this.settings = settings;
    this.pages =
        new SnapshotPages(
            archive,
            search,
            images,
            this.version,
            settings,
            messages,
            templates,
            stylesheet,
            this::routeList);
  }

  /**
   * Renders the resource at a request target, such as {@code /articoli/x}, {@code /tag/ai?pagina=2}
   * or {@code /feed.xml}.
   *
   * @return the page, or nothing when no resource of this snapshot has that path
   */
  public Optional<RenderedPage> render(String target) {
    return Optional.ofNullable(entry(target)).map(Cached::requested);
  }

  /**
   * The resource at a request target if this snapshot has already rendered it, without rendering
   * anything: a server can answer these at once and hand the others to threads that may render.
   *
   * @return the page, or nothing when it is not rendered yet or no resource has that path
   */
  public Optional<RenderedPage> cached(String target) {
    Cached canonical = cache.get(target);
    if (canonical != null) {
      return Optional.of(canonical.requested());
    }
    return RouteParser.parse(target).map(route -> cache.get(route.path())).map(Cached::requested);
  }

  /**
   * The paths of the pages requested most often from this snapshot (by {@link #render} and {@link
   * #cached}), most requested first; pages never requested are left out.
   *
   * @param limit how many paths at most
   */
  public List<String> mostRequested(int limit) {
    return cache.entrySet().stream()
        .filter(entry -> !entry.getKey().startsWith(ERROR_KEY))
        .map(entry -> Map.entry(entry.getKey(), entry.getValue().requests()))
        .filter(entry -> entry.getValue() > 0)
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(limit)
        .map(Map.Entry::getKey)
        .toList();
  }

  /**
   * Renders the resource at a request target now if it is not rendered yet, as {@link #render}
   * does, but without counting a request: to make a new snapshot's busiest pages ready before it is
   * served.
   *
   * @return the page, or nothing when no resource of this snapshot has that path
   */
  public Optional<RenderedPage> warm(String target) {
    return Optional.ofNullable(entry(target)).map(Cached::page);
  }

  private Cached entry(String target) {
    Cached canonical = cache.get(target);
    if (canonical != null) {
      return canonical;
    }
    Optional<Route> route = RouteParser.parse(target);
    if (route.isEmpty()) {
      return null;
    }
    return cache.computeIfAbsent(
        route.get().path(),
        k -> pages.render(route.get()).map(content -> new Cached(page(content))).orElse(null));
  }

  /**
   * Where an old address of an article (an alias in its front matter) has moved to: the article's
   * path, with the request's query string. Only for targets that are no resource of the site.
   *
   * @param target a request target such as {@code /2024/05/vecchio.html} or {@code /vecchio/?x=1}
   * @return the new path, or nothing when the target is no alias
   */
  public Optional<String> redirect(String target) {
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return Optional.ofNullable(redirects().get(path))
        .map(location -> question < 0 ? location : location + target.substring(question));
  }

  /**
   * Every alias the site answers, with the article path it redirects to, in path order. An alias
   * that is one of the site's own routes, or a path of search, the API or the images, is left out:
   * the site's resource is answered there.
   */
  public Map<String, String> redirects() {
    Map<String, String> map = redirects;
    if (map == null) {
      // An archive without aliases needs no list of routes, which a large one takes time to make.
      map = archive.aliases().isEmpty() ? Map.of() : aliasesOutsideTheSite();
      redirects = map;
    }
    return map;
  }

  private Map<String, String> aliasesOutsideTheSite() {
    Set<String> own = new HashSet<>(routes());
    Map<String, String> map = new TreeMap<>();
    for (Map.Entry<String, Slug> alias : archive.aliases().entrySet()) {
      if (!own.contains(alias.getKey()) && !SitePaths.isDynamic(alias.getKey())) {
        map.put(alias.getKey(), SitePaths.article(alias.getValue().value()));
      }
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * The page a static copy serves at an old address: a refresh and a canonical link to {@code
   * location}; see {@link #redirects()}.
   */
  public RenderedPage redirectPage(String location) {
    byte[] body = RedirectPage.html(location, settings.absolute(location));
    return new RenderedPage(body, "text/html; charset=utf-8", etag(body), version);
  }

  /** The "page not found" page, in the site's style. */
  public RenderedPage notFound() {
    return error(ErrorPage.NOT_FOUND);
  }

  /** An error page in the site's style, with no detail of the failure. */
  public RenderedPage error(ErrorPage kind) {
    return cache
        .computeIfAbsent(
            ERROR_KEY + kind.name(), k -> new Cached(page(pages.error(kind.messagePrefix()))))
        .page();
  }

  /**
   * Renders a page template inside the site's layout, uncached; the extension point for pages that
   * depend on the request, such as search results.
   *
   * @param template the template, such as {@code search/results}
   * @param head the document head
   * @param view the page's view record, {@code view} in the template
   */
  public RenderedPage renderView(String template, PageHead head, Object view) {
    return page(pages.renderView(template, head, view));
  }

  /**
   * The search page ({@code /cerca}) for a raw query string such as {@code q=accordo&tag=openai}.
   * Rendered for each request, never cached; any query string gives a page.
   */
  public RenderedPage searchPage(String rawQuery) {
    return page(pages.searchPage(SearchRequest.parse(rawQuery)));
  }

  /**
   * The search page of a static export, written at {@code /cerca} in place of the server's: it
   * loads {@link #SEARCH_SCRIPT}, which searches {@link #SEARCH_INDEX} in the browser and shows the
   * results of the {@code q} of the address and of the page's form; without JavaScript the page
   * says that searching the static copy needs it.
   */
  public RenderedPage staticSearchPage() {
    return cache
        .computeIfAbsent(
            ERROR_KEY + "static-search",
            k -> new Cached(page(pages.staticSearchPage(SEARCH_INDEX, SEARCH_SCRIPT))))
        .page();
  }

  /**
   * The search API ({@code /api/search}) for a raw query string: JSON with hits, facets and
   * suggestion. Rendered for each request, never cached.
   */
  public RenderedPage searchApi(String rawQuery) {
    return page(pages.searchApi(SearchRequest.parse(rawQuery)));
  }

  /**
   * The full-text search of this snapshot, built with it; finds nothing while {@link
   * #searchReady()} is false.
   */
  public ArticleSearch search() {
    return search;
  }

  /**
   * Whether this snapshot has its search index. A server may serve a snapshot made by {@link
   * SiteRenderer#unindexedSnapshot} while the index is built; its search pages should then say so.
   */
  public boolean searchReady() {
    return !(search instanceof UnbuiltSearch);
  }

  /**
   * Every route for a static export: HTML pages, then feeds, sitemap, robots rules and stylesheet.
   */
  public List<String> routes() {
    return routeList().all();
  }

  private SiteRoutes routeList() {
    SiteRoutes list = routes;
    if (list == null) {
      list = new SiteRoutes(archive, settings.pageSize());
      routes = list;
    }
    return list;
  }

  /** The body texts as this snapshot's pages show them, which its search indexes. */
  ShownText shownText() {
    return shownText;
  }

  /** The archive of this snapshot. */
  public Archive archive() {
    return archive;
  }

  /** The images of this snapshot. */
  public ImageFiles images() {
    return images;
  }

  /** The settings the site renders with. */
  public SiteSettings settings() {
    return settings;
  }

  /** When this snapshot was made, to the second. */
  public Instant version() {
    return version;
  }

  /** A rendered page with the number of requests it answered. */
  private static final class Cached {

    private final RenderedPage page;
    private final LongAdder requests = new LongAdder();

    Cached(RenderedPage page) {
      this.page = page;
    }

    RenderedPage page() {
      return page;
    }

    /** The page, counting one request for it. */
    RenderedPage requested() {
      requests.increment();
      return page;
    }

    long requests() {
      return requests.sum();
    }
  }

  private RenderedPage page(SnapshotPages.Content content) {
    return new RenderedPage(content.body(), content.contentType(), etag(content.body()), version);
  }

  private static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return '"'
          + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18))
          + '"';
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
