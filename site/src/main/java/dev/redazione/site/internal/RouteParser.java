package dev.redazione.site.internal;

import dev.redazione.site.internal.Route.ListingKind;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses request paths (with an optional {@code pagina} query parameter) into {@link Route}s.
 *
 * <p>Only canonical segments are accepted: keys and slugs of lowercase ASCII letters, digits and
 * dashes, page numbers without leading zeros, four-digit years and two-digit months. Anything else,
 * including encoded characters and dot segments, is not a route. Stateless and thread-safe.
 */
public final class RouteParser {

  private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,5}");
  private static final Pattern YEAR = Pattern.compile("[0-9]{4}");
  private static final Pattern MONTH = Pattern.compile("0[1-9]|1[0-2]");
  private static final int MAX_PATH_LENGTH = 512;
  private static final String JSON = ".json";

  private RouteParser() {}

  /** The route of a request target such as {@code /tag/openai?pagina=2}, if it names one. */
  public static Optional<Route> parse(String target) {
    if (target == null
        || target.isEmpty()
        || target.length() > MAX_PATH_LENGTH
        || target.charAt(0) != '/') {
      return Optional.empty();
    }
    int question = target.indexOf('?');
    String path = question < 0 ? target : target.substring(0, question);
    Optional<Integer> queryPage =
        question < 0 ? Optional.of(0) : queryPage(target.substring(question + 1));
    if (queryPage.isEmpty()) {
      return Optional.empty();
    }
    if (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    for (Route.Fixed fixed : Route.Fixed.values()) {
      if (fixed.path().equals(path)) {
        return queryPage.get() == 0 ? Optional.of(fixed) : Optional.empty();
      }
    }
    List<String> segments =
        path.equals("/") ? List.of() : Arrays.asList(path.substring(1).split("/", -1));
    return new Segments(segments, queryPage.get()).route();
  }

  /**
   * The {@code pagina} parameter: 0 when absent, empty when malformed. Other parameters are
   * ignored.
   */
  private static Optional<Integer> queryPage(String query) {
    int page = 0;
    for (String pair : query.split("&")) {
      if (pair.startsWith("pagina=")) {
        String value = pair.substring("pagina=".length());
        if (!NUMBER.matcher(value).matches() || page != 0) {
          return Optional.empty();
        }
        page = Integer.parseInt(value);
      }
    }
    return Optional.of(page);
  }

  /** The segments of one path, with the page given in the query (0 when none). */
  private record Segments(List<String> parts, int queryPage) {

    Optional<Route> route() {
      if (parts.isEmpty()) {
        return Optional.of(new Route.Home(page(1)));
      }
      String head = parts.get(0);
      return switch (head) {
        case "pagina" -> pageAt(0).map(Route.Home::new);
        case "articoli" ->
            parts.size() == 2 && isKey(parts.get(1))
                ? Optional.of(new Route.ArticlePage(parts.get(1)))
                : Optional.empty();
        case "tag" -> term(ListingKind.TAG);
        case "categorie" -> term(ListingKind.CATEGORY);
        case "autori" -> term(ListingKind.AUTHOR);
        case "archivio" -> archive();
        case "api" -> api();
        default -> Optional.empty();
      };
    }

    private Optional<Route> term(ListingKind kind) {
      if (parts.size() == 1) {
        return queryPage == 0 ? Optional.of(new Route.TermIndex(kind)) : Optional.empty();
      }
      String key = parts.get(1);
      if (!isKey(key)) {
        return Optional.empty();
      }
      return listingPage(2).map(page -> new Route.TermListing(kind, key, page));
    }

    private Optional<Route> archive() {
      if (parts.size() == 1) {
        return queryPage == 0 ? Optional.of(new Route.ArchiveIndex()) : Optional.empty();
      }
      String second = parts.get(1);
      if (second.equals("senza-data")) {
        return listingPage(2).map(Route.UndatedListing::new);
      }
      if (!YEAR.matcher(second).matches() || Integer.parseInt(second) < 1) {
        return Optional.empty();
      }
      int year = Integer.parseInt(second);
      if (parts.size() >= 3 && MONTH.matcher(parts.get(2)).matches()) {
        YearMonth month = YearMonth.of(year, Integer.parseInt(parts.get(2)));
        return listingPage(3).map(page -> new Route.MonthListing(month, page));
      }
      return listingPage(2).map(page -> new Route.YearListing(year, page));
    }

    /**
     * The API at its canonical file paths ({@code /api/articles.json}, {@code
     * /api/articles/pagina/2.json}, {@code /api/articles/x.json}) and at the same paths without
     * {@code .json}, the list's pages also as {@code /api/articles?pagina=N}.
     */
    private Optional<Route> api() {
      if (parts.size() < 2) {
        return Optional.empty();
      }
      String second = parts.get(1);
      if (parts.size() == 2 && second.equals("articles")) {
        return Optional.of(new Route.ApiList(page(1)));
      }
      if (!(second.equals("articles") || parts.size() == 2 && second.equals("articles" + JSON))
          || queryPage != 0) {
        return Optional.empty();
      }
      if (parts.size() == 2) {
        return Optional.of(new Route.ApiList(1));
      }
      String last = withoutJson(parts.get(parts.size() - 1));
      if (parts.size() == 3 && isKey(last)) {
        return Optional.of(new Route.ApiArticle(last));
      }
      return parts.size() == 4 && parts.get(2).equals("pagina") && NUMBER.matcher(last).matches()
          ? Optional.of(new Route.ApiList(Integer.parseInt(last)))
          : Optional.empty();
    }

    private static String withoutJson(String segment) {
      return segment.endsWith(JSON)
          ? segment.substring(0, segment.length() - JSON.length())
          : segment;
    }

    /** The page of a listing whose base path has {@code baseLength} segments. */
    private Optional<Integer> listingPage(int baseLength) {
      if (parts.size() == baseLength) {
        return Optional.of(page(1));
      }
      return parts.size() == baseLength + 2 && parts.get(baseLength).equals("pagina")
          ? pageAt(baseLength)
          : Optional.empty();
    }

    /**
     * The page number in segment {@code index + 1}, after a {@code pagina} segment at {@code
     * index}.
     */
    private Optional<Integer> pageAt(int index) {
      if (parts.size() != index + 2
          || queryPage != 0
          || !NUMBER.matcher(parts.get(index + 1)).matches()) {
        return Optional.empty();
      }
      return Optional.of(Integer.parseInt(parts.get(index + 1)));
    }

    private int page(int otherwise) {
      return queryPage == 0 ? otherwise : queryPage;
    }

    private static boolean isKey(String segment) {
      return KEY.matcher(segment).matches();
    }
  }
}
