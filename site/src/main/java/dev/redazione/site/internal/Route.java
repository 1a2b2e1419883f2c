package dev.redazione.site.internal;

import java.time.YearMonth;
import java.util.Objects;

/** A resource of the site, parsed from a request path; each knows its canonical path. */
public sealed interface Route {

  /** The canonical site path of this resource, the key it is cached under. */
  String path();

  /** The kinds of paginated listing, with their path prefixes. */
  enum ListingKind {
    TAG("/tag/"),
    CATEGORY("/categorie/"),
    AUTHOR("/autori/");

    private final String prefix;

    ListingKind(String prefix) {
      this.prefix = prefix;
    }

    /** The path prefix, with its trailing slash. */
    public String prefix() {
      return prefix;
    }

    /** The path of the index of every term of this kind. */
    public String indexPath() {
      return prefix.substring(0, prefix.length() - 1);
    }
  }

  /** The path of page {@code page} of a listing whose first page is at {@code base}. */
  static String paged(String base, int page) {
    if (page == 1) {
      return base;
    }
    return (base.equals("/") ? "" : base) + "/pagina/" + page;
  }

  /** A page of the home listing, newest first. */
  record Home(int page) implements Route {
    @Override
    public String path() {
      return paged("/", page);
    }
  }

  /** An article page. */
  record ArticlePage(String slug) implements Route {
    /** Requires the slug. */
    public ArticlePage {
      Objects.requireNonNull(slug, "slug");
    }

    @Override
    public String path() {
      return SitePaths.article(slug);
    }
  }

  /** A page of the articles of one tag, category or author. */
  record TermListing(ListingKind kind, String key, int page) implements Route {
    /** Requires kind and key. */
    public TermListing {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(key, "key");
    }

    @Override
    public String path() {
      return paged(kind.prefix() + key, page);
    }
  }

  /** The index of every tag, category or author. */
  record TermIndex(ListingKind kind) implements Route {
    @Override
    public String path() {
      return kind.indexPath();
    }
  }

  /** The archive index by year and month. */
  record ArchiveIndex() implements Route {
    @Override
    public String path() {
      return "/archivio";
    }
  }

  /** A page of the articles of one year. */
  record YearListing(int year, int page) implements Route {
    @Override
    public String path() {
      return paged("/archivio/" + year, page);
    }
  }

  /** A page of the articles of one month. */
  record MonthListing(YearMonth month, int page) implements Route {
    @Override
    public String path() {
      return paged(
          String.format("/archivio/%04d/%02d", month.getYear(), month.getMonthValue()), page);
    }
  }

  /** A page of the articles without a date. */
  record UndatedListing(int page) implements Route {
    @Override
    public String path() {
      return paged("/archivio/senza-data", page);
    }
  }

  /** The fixed resources: feeds, sitemap, robots rules and stylesheet. */
  enum Fixed implements Route {
    ATOM("/feed.xml"),
    RSS("/rss.xml"),
    SITEMAP("/sitemap.xml"),
    ROBOTS("/robots.txt"),
    STYLESHEET("/assets/site.css"),
    LOGO("/assets/logo.svg");

    private final String path;

    Fixed(String path) {
      this.path = path;
    }

    @Override
    public String path() {
      return path;
    }
  }

  /**
   * A page of the JSON list of article summaries. Its canonical path names a file, as the API's
   * paths all do, so that a static export serves it at the same path as the server.
   */
  record ApiList(int page) implements Route {
    @Override
    public String path() {
      return page == 1 ? "/api/articles.json" : "/api/articles/pagina/" + page + ".json";
    }
  }

  /** The public record of one article; its canonical path names a file, as {@link ApiList}'s. */
  record ApiArticle(String slug) implements Route {
    /** Requires the slug. */
    public ApiArticle {
      Objects.requireNonNull(slug, "slug");
    }

    @Override
    public String path() {
      return "/api/articles/" + slug + ".json";
    }
  }
}
