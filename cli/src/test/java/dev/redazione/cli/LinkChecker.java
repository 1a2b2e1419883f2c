package dev.redazione.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Checks that every internal link and asset of a static export resolves to a file of the export, as
 * a static file server would serve it: {@code /x} is {@code x}, or {@code x/index.html}; fragments
 * must name an element of the target page. Links in HTML pages (anchors, stylesheets, images,
 * scripts, form actions, the search index a page loads), the sitemap and the feeds are checked;
 * links to other hosts are not.
 */
final class LinkChecker {

  private static final String[][] HTML_LINKS = {
    {"a[href]", "href"},
    {"link[href]", "href"},
    {"img[src]", "src"},
    {"script[src]", "src"},
    {"source[src]", "src"},
    {"form[action]", "action"},
    {"[data-search-index]", "data-search-index"},
    {"meta[property=og:image]", "content"},
    {"meta[property=og:url]", "content"}
  };

  private final Path root;
  private final String baseUrl;
  private final Map<Path, Set<String>> idsByPage = new HashMap<>();
  private int checked;

  LinkChecker(Path root, String baseUrl) {
    this.root = root.toAbsolutePath().normalize();
    this.baseUrl = baseUrl;
  }

  /** Every broken link, as {@code page -> link (why)}; empty when all resolve. */
  List<String> brokenLinks() {
    List<String> broken = new ArrayList<>();
    for (Path file : files()) {
      String name = file.getFileName().toString();
      if (name.endsWith(".html")) {
        Document page = parse(file, Parser.htmlParser());
        for (String[] selector : HTML_LINKS) {
          for (Element element : page.select(selector[0])) {
            check(file, element.attr(selector[1]), broken);
          }
        }
      } else if (name.endsWith(".xml")) {
        Document xml = parse(file, Parser.xmlParser());
        xml.select("loc, rss link, guid[isPermaLink=true]")
            .forEach(e -> check(file, e.text(), broken));
        xml.select("feed link[href], entry link[href]")
            .forEach(e -> check(file, e.attr("href"), broken));
      }
    }
    return broken;
  }

  /** How many links {@link #brokenLinks()} checked. */
  int checked() {
    return checked;
  }

  private void check(Path page, String link, List<String> broken) {
    String target = link.strip();
    if (target.isEmpty() || target.startsWith("mailto:") || target.startsWith("data:")) {
      return;
    }
    if (target.startsWith(baseUrl)) {
      target = target.substring(baseUrl.length());
      if (target.isEmpty()) {
        target = "/";
      }
    } else if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || target.startsWith("//")) {
      return;
    }
    checked++;
    URI uri = URI.create(pageUrl(page)).resolve(URI.create(target.replace(" ", "%20")));
    String problem = problem(uri);
    if (problem != null) {
      broken.add(root.relativize(page) + " -> " + link + " (" + problem + ")");
    }
  }

  private String problem(URI uri) {
    String path = URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8);
    Path file = root.resolve(path.startsWith("/") ? path.substring(1) : path).normalize();
    if (!file.startsWith(root)) {
      return "leaves the site";
    }
    Path served = Files.isRegularFile(file) ? file : file.resolve("index.html");
    if (!Files.isRegularFile(served)) {
      return "no file " + root.relativize(served);
    }
    if (uri.getRawQuery() != null && served.toString().endsWith(".html")) {
      return "a static server ignores the query and serves " + root.relativize(served);
    }
    String fragment = uri.getFragment();
    if (fragment != null
        && !fragment.isEmpty()
        && served.toString().endsWith(".html")
        && !ids(served).contains(fragment)) {
      return "no element with id `" + fragment + "`";
    }
    return null;
  }

  private Set<String> ids(Path page) {
    return idsByPage.computeIfAbsent(
        page,
        p -> {
          Document document = parse(p, Parser.htmlParser());
          Set<String> ids = new HashSet<>();
          document.select("[id]").forEach(e -> ids.add(e.id()));
          document.select("a[name]").forEach(e -> ids.add(e.attr("name")));
          return ids;
        });
  }

  private String pageUrl(Path file) {
    String relative = root.relativize(file).toString().replace('\\', '/');
    return "http://site/" + relative.replace(" ", "%20");
  }

  private List<Path> files() {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Document parse(Path file, Parser parser) {
    try {
      return Jsoup.parse(Files.readString(file), "", parser);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
