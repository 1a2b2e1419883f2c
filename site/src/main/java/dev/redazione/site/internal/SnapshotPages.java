package dev.redazione.site.internal;

import dev.redazione.core.Archive;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.site.SecurityPolicy;
import dev.redazione.site.SiteSettings;
import dev.redazione.site.view.PageHead;
import dev.redazione.site.view.SiteView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Renders the routes of one snapshot to bytes; the cache around it is the caller's. Thread-safe.
 */
public final class SnapshotPages {

  private static final String ATOM = "application/atom+xml; charset=utf-8";
  private static final String RSS = "application/rss+xml; charset=utf-8";
  private static final String XML = "application/xml; charset=utf-8";
  private static final String TEXT = "text/plain; charset=utf-8";
  private static final String CSS = "text/css; charset=utf-8";
  private static final String JSON = "application/json";
  private static final String HTML = "text/html; charset=utf-8";
  private static final String SVG = "image/svg+xml";

  /** The site's logo, the publisher's in structured data. */
  private static final byte[] LOGO = resource("static/logo.svg");

  private final SiteSettings settings;
  private final TemplateRenderer templates;
  private final byte[] stylesheet;
  private final Supplier<SiteRoutes> routes;
  private final SiteView site;
  private final ArticlePages articles;
  private final ListingPages listings;
  private final IndexPages indexes;
  private final FeedWriter feeds;
  private final ApiWriter api;
  private final SearchPages search;

  /** Prepares the page builders of a snapshot; nothing is rendered yet. */
  public SnapshotPages(
      Archive archive,
      ArticleSearch search,
      ImageFiles images,
      Instant version,
      SiteSettings settings,
      Messages messages,
      TemplateRenderer templates,
      byte[] stylesheet,
      Supplier<SiteRoutes> routes) {
    this.settings = settings;
    this.templates = templates;
    this.stylesheet = stylesheet;
    this.routes = routes;
    this.site =
        new SiteView(
            settings.name(),
            "/assets/site.css?v=" + shortHash(stylesheet),
            SecurityPolicy.META_CONTENT_SECURITY_POLICY);
    ViewFactory views = new ViewFactory(images);
    ArticleLinks links = new ArticleLinks(search);
    this.articles = new ArticlePages(archive, links, settings, views, messages);
    this.search = new SearchPages(search, settings, views, messages);
    this.listings = new ListingPages(archive, settings, views, messages);
    this.indexes = new IndexPages(archive, settings, messages);
    this.feeds = new FeedWriter(archive, settings, images, views, messages, version);
    this.api = new ApiWriter(archive, links, settings, images, views);
  }

  private static String shortHash(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 5);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  /**
   * A rendered body and its media type.
   *
   * @param body the bytes
   * @param contentType the media type with charset
   */
  public record Content(byte[] body, String contentType) {

    /** Requires both. */
    public Content {
      Objects.requireNonNull(body, "body");
      Objects.requireNonNull(contentType, "contentType");
    }
  }

  /** Renders a route, or nothing when the snapshot has no such resource. */
  public Optional<Content> render(Route route) {
    if (route instanceof Route.Home home) {
      return listings.home(home.page()).map(this::html);
    }
    if (route instanceof Route.ArticlePage article) {
      return articles.page(article.slug()).map(this::html);
    }
    if (route instanceof Route.TermListing term) {
      return listings.term(term).map(this::html);
    }
    if (route instanceof Route.TermIndex index) {
      return Optional.of(html(indexes.terms(index)));
    }
    if (route instanceof Route.ArchiveIndex) {
      return Optional.of(html(indexes.archive()));
    }
    if (route instanceof Route.YearListing year) {
      return listings.year(year).map(this::html);
    }
    if (route instanceof Route.MonthListing month) {
      return listings.month(month).map(this::html);
    }
    if (route instanceof Route.UndatedListing undated) {
      return listings.undated(undated).map(this::html);
    }
    if (route instanceof Route.ApiList list) {
      return api.list(list.page()).map(body -> new Content(body, JSON));
    }
    if (route instanceof Route.ApiArticle article) {
      return api.article(article.slug()).map(body -> new Content(body, JSON));
    }
    return Optional.of(fixed((Route.Fixed) route));
  }

  private Content fixed(Route.Fixed route) {
    return switch (route) {
      case ATOM -> new Content(feeds.atom(), ATOM);
      case RSS -> new Content(feeds.rss(), RSS);
      case SITEMAP -> new Content(new SitemapWriter(routes.get(), settings).write(), XML);
      case ROBOTS -> new Content(robots(), TEXT);
      case STYLESHEET -> new Content(stylesheet, CSS);
      case LOGO -> new Content(LOGO, SVG);
    };
  }

  private static byte[] resource(String name) {
    try (InputStream in = SnapshotPages.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("resource " + name + " is missing from the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + name, e);
    }
  }

  private byte[] robots() {
    String rules =
        "User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: "
            + settings.absolute("/sitemap.xml")
            + "\n";
    return rules.getBytes(StandardCharsets.UTF_8);
  }

  /** An error page, by the prefix of its keys in the message bundle. */
  public Content error(String messagePrefix) {
    return html(indexes.error(messagePrefix));
  }

  /** The search page of a query; rendered for each request. */
  public Content searchPage(SearchQuery query) {
    return html(search.page(query));
  }

  /** The search page of a static export, whose script searches the index at {@code indexUrl}. */
  public Content staticSearchPage(String indexUrl, String scriptUrl) {
    return html(search.staticPage(indexUrl, scriptUrl));
  }

  /** The search API's JSON for a query; rendered for each request. */
  public Content searchApi(SearchQuery query) {
    return new Content(search.api(query), JSON);
  }

  /** A template rendered in the layout. */
  public Content renderView(String template, PageHead head, Object view) {
    return new Content(
        templates.render(template, site, head, view).getBytes(StandardCharsets.UTF_8), HTML);
  }

  private Content html(PageModel page) {
    return renderView(page.template(), page.head(), page.view());
  }
}
