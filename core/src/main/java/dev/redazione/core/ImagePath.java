package dev.redazione.core;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for where an image reference written in an article points: relative to the article's
 * file, or to the content folder when it starts with {@code /}. Remote URLs, references with a
 * query, fragment or backslash, and references that climb out of the content folder point nowhere.
 * Both the checks of loading and the site use it, so a check and a page never disagree. Stateless
 * and thread-safe.
 */
public final class ImagePath {

  /** The media type of each image file extension the site publishes, in the order of the docs. */
  private static final Map<String, String> MEDIA_TYPES = mediaTypes();

  /** The file extensions of the images the site publishes, compared without case. */
  public static final List<String> EXTENSIONS = List.copyOf(MEDIA_TYPES.keySet());

  private ImagePath() {}

  private static Map<String, String> mediaTypes() {
    Map<String, String> types = new LinkedHashMap<>();
    types.put("jpg", "image/jpeg");
    types.put("jpeg", "image/jpeg");
    types.put("png", "image/png");
    types.put("gif", "image/gif");
    types.put("webp", "image/webp");
    types.put("avif", "image/avif");
    types.put("svg", "image/svg+xml");
    return Collections.unmodifiableMap(types);
  }

  /**
   * The media type of an image file by the extension of its name, such as {@code image/jpeg}, or
   * nothing when the site does not publish files of that kind.
   */
  public static Optional<String> mediaType(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0
        ? Optional.empty()
        : Optional.ofNullable(MEDIA_TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /**
   * The path, relative to the content folder with {@code /} separators, that an image reference
   * points at, or nothing when it points at no file of the folder.
   *
   * @param sourcePath the article file's path relative to the content folder
   * @param src the reference as written ({@code foto/a.jpg}, {@code /img/a.jpg}, {@code ../a.jpg})
   */
  public static Optional<String> resolve(String sourcePath, String src) {
    Objects.requireNonNull(sourcePath, "sourcePath");
    Objects.requireNonNull(src, "src");
    if (isRemote(src) || src.contains("\\") || src.contains("?") || src.contains("#")) {
      return Optional.empty();
    }
    int slash = sourcePath.lastIndexOf('/');
    String base = src.startsWith("/") || slash < 0 ? "" : sourcePath.substring(0, slash + 1);
    return normalize(base + src);
  }

  /** The path an article's image reference points at; see {@link #resolve(String, String)}. */
  public static Optional<String> resolve(Article article, String src) {
    return resolve(article.report().source().path(), src);
  }

  /**
   * Whether a reference is not a path in the content folder at all: blank, a URL with a scheme, or
   * protocol-relative.
   */
  public static boolean isRemote(String src) {
    return src.isBlank() || src.contains(":") || src.startsWith("//");
  }

  private static Optional<String> normalize(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join("/", parts));
  }
}
