package dev.redazione.web;

import dev.redazione.ingest.ReadCache;
import dev.redazione.site.SiteSettings;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The command-line options of the server: {@code [--port N] [--bind HOST] [--content DIR]
 * [--base-url URL] [--cache DIR | --no-cache] [--search lucene|solr --solr ZKHOST[/chroot]
 * [--collection NAME]]}.
 *
 * @param port the TCP port, 8080 by default
 * @param bind the address to listen on: {@value #LOOPBACK} by default, so that a server started for
 *     a look at the site is not open to the network; {@code 0.0.0.0} listens on every interface
 * @param content the content folder, {@code content} by default
 * @param baseUrl the public base URL for canonical links, {@code http://localhost:<port>} by
 *     default
 * @param search the search backend, {@value SiteFactory#LUCENE} (in memory, the default) or {@value
 *     SiteFactory#SOLR}
 * @param solr the ZooKeeper ensemble of the SolrCloud cluster, for {@code --search solr}; empty
 *     otherwise
 * @param collection the SolrCloud collection, {@code redazione} by default
 * @param cache the read cache folder ({@link ReadCache#defaultFolder()} by default), or null with
 *     {@code --no-cache}
 * @param help whether {@code --help} was asked for
 */
record ServerOptions(
    int port,
    String bind,
    Path content,
    String baseUrl,
    String search,
    String solr,
    String collection,
    Path cache,
    boolean help) {

  static final String LOOPBACK = "127.0.0.1";

  private static final Set<String> VALUED_OPTIONS =
      Set.of(
          "--port",
          "--bind",
          "--content",
          "--base-url",
          "--search",
          "--solr",
          "--collection",
          "--cache");

  static final String USAGE =
      "Usage: java -jar redazione-web.jar [--port N] [--bind HOST] [--content DIR] [--base-url URL]\n"
          + "  --port N         TCP port to listen on (default 8080)\n"
          + "  --bind HOST      address to listen on (default 127.0.0.1, this machine only;"
          + " 0.0.0.0 for every interface)\n"
          + "  --content DIR    content folder to serve (default content)\n"
          + "  --cache DIR      keep what was read in DIR, so a restart reads only changed files"
          + " (default: redazione under the user's cache folder)\n"
          + "  --no-cache       read every file at startup, keep nothing\n"
          + "  --base-url URL   public URL of the site, for canonical links and feeds (default http://localhost:PORT)\n"
          + "  --search B       search backend: lucene (in memory, default) or solr (a SolrCloud collection)\n"
          + "  --solr ZKHOST    the SolrCloud cluster's ZooKeeper, host:port[,host:port][/chroot]\n"
          + "  --collection N   the SolrCloud collection (default redazione)";

  ServerOptions {
    Objects.requireNonNull(bind, "bind");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(solr, "solr");
    Objects.requireNonNull(collection, "collection");
    if (!search.equals(SiteFactory.LUCENE) && !search.equals(SiteFactory.SOLR)) {
      throw new IllegalArgumentException("search backend `" + search + "` is not lucene or solr");
    }
    if (search.equals(SiteFactory.SOLR) && solr.isBlank()) {
      throw new IllegalArgumentException("--search solr needs --solr ZKHOST[/chroot]");
    }
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port " + port + " is out of range 0..65535");
    }
  }

  /**
   * Parses the arguments; both {@code --name value} and {@code --name=value} are accepted.
   *
   * @throws IllegalArgumentException naming the bad argument (the base URL is checked as {@link
   *     SiteSettings} does)
   */
  static ServerOptions parse(String... args) {
    Integer port = null;
    String bind = LOOPBACK;
    String content = "content";
    String baseUrl = null;
    String search = SiteFactory.LUCENE;
    String solr = "";
    String collection = SiteFactory.DEFAULT_COLLECTION;
    String cache = null;
    boolean noCache = false;
    boolean help = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (name.equals("--help") || name.equals("-h")) {
        help = true;
        continue;
      }
      if (arg.equals("--no-cache")) {
        noCache = true;
        continue;
      }
      if (!VALUED_OPTIONS.contains(name)) {
        throw new IllegalArgumentException("unknown option " + name);
      }
      String value;
      if (arg.contains("=")) {
        value = arg.substring(arg.indexOf('=') + 1);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new IllegalArgumentException("option " + name + " needs a value");
      }
      switch (name) {
        case "--port" -> port = parsePort(value);
        case "--bind" -> bind = parseBind(value);
        case "--content" -> content = value;
        case "--search" -> search = value;
        case "--solr" -> solr = value;
        case "--collection" -> collection = value;
        case "--cache" -> cache = value;
        default -> baseUrl = value;
      }
    }
    int actualPort = port == null ? 8080 : port;
    String url = baseUrl == null ? "http://localhost:" + actualPort : baseUrl;
    SiteSettings.of(url);
    if (noCache && cache != null) {
      throw new IllegalArgumentException("--cache and --no-cache exclude each other");
    }
    Path cacheFolder = noCache ? null : cache == null ? ReadCache.defaultFolder() : Path.of(cache);
    return new ServerOptions(
        actualPort, bind, Path.of(content), url, search, solr, collection, cacheFolder, help);
  }

  /** A host name or an IPv4/IPv6 literal: letters, digits, dots, dashes and colons. */
  private static String parseBind(String value) {
    if (!value.matches("[A-Za-z0-9.:-]{1,253}")) {
      throw new IllegalArgumentException(
          "bind address `" + value + "` is not a host name or address");
    }
    return value;
  }

  private static int parsePort(String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("port `" + value + "` is not a number", e);
    }
  }

  /** The Micronaut configuration properties these options set. */
  Map<String, Object> properties() {
    return Map.of(
        "micronaut.server.port",
        port,
        "micronaut.server.host",
        bind,
        ContentSnapshots.CONTENT_PROPERTY,
        content.toAbsolutePath().normalize().toString(),
        SiteFactory.BASE_URL_PROPERTY,
        baseUrl,
        SiteFactory.SEARCH_PROPERTY,
        search,
        SiteFactory.SOLR_PROPERTY,
        solr,
        SiteFactory.COLLECTION_PROPERTY,
        collection,
        ContentSnapshots.CACHE_PROPERTY,
        cache == null ? "" : cache.toAbsolutePath().normalize().toString());
  }
}
