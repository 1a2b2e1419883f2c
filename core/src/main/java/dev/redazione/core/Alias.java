package dev.redazione.core;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An old address of an article, answered with a permanent redirect to the article (Hugo's {@code
 * aliases}): a site path such as {@code /2024/05/vecchio-titolo.html}, or an old slug such as
 * {@code vecchio-titolo}, which stands for that slug's article address ({@code
 * /articoli/vecchio-titolo}). Immutable and thread-safe.
 *
 * @param path the site path: {@code /}, then segments of URL-safe characters, no {@code .} or
 *     {@code ..} segment, no trailing slash, no query or fragment
 */
public record Alias(String path) {

  /** The prefix of every article's site path, before its slug. */
  public static final String ARTICLE_PREFIX = "/articoli/";

  /** The longest alias path. */
  public static final int MAX_LENGTH = 300;

  /** What an alias may be, for messages. */
  public static final String EXPECTED =
      "expected an old slug such as `vecchio-titolo` or a site path such as"
          + " `/2024/05/vecchio-titolo.html`";

  /** URL-safe characters (RFC 3986 unreserved) and percent escapes, in non-empty segments. */
  private static final Pattern PATH = Pattern.compile("(/([A-Za-z0-9._~-]|%[0-9A-Fa-f]{2})+)+");

  /** Validates a path already in canonical form; see {@link #parse} for what editors write. */
  public Alias {
    Objects.requireNonNull(path, "path");
    if (path.length() > MAX_LENGTH
        || !PATH.matcher(path).matches()
        || path.contains("/./")
        || path.contains("/../")
        || path.endsWith("/.")
        || path.endsWith("/..")) {
      throw new IllegalArgumentException("alias `" + path + "` is not a valid site path");
    }
  }

  /**
   * Reads an alias as written in front matter: a path starting with {@code /} (one trailing slash
   * is dropped), or an old slug.
   *
   * @throws IllegalArgumentException with a message saying what was expected, when the text is
   *     neither
   */
  public static Alias parse(String text) {
    String given = Objects.requireNonNull(text, "text").strip();
    String path;
    if (given.startsWith("/")) {
      path =
          given.length() > 1 && given.endsWith("/")
              ? given.substring(0, given.length() - 1)
              : given;
    } else if (isSlug(given)) {
      path = articlePath(new Slug(given));
    } else {
      throw new IllegalArgumentException(
          "alias `" + given + "` is neither a site path nor a slug; " + EXPECTED);
    }
    try {
      return new Alias(path);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "alias `"
              + given
              + "` is not a valid site path (letters, digits, `.`, `_`, `~`, `-` and `%XX` between"
              + " slashes, no `..`); "
              + EXPECTED,
          e);
    }
  }

  private static boolean isSlug(String text) {
    try {
      new Slug(text);
      return true;
    } catch (IllegalArgumentException notASlug) {
      return false;
    }
  }

  /** The site path of the article with this slug, such as {@code /articoli/accordo}. */
  public static String articlePath(Slug slug) {
    return ARTICLE_PREFIX + slug.value();
  }

  @Override
  public String toString() {
    return path;
  }
}
