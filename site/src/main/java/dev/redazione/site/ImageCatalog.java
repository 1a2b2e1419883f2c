package dev.redazione.site;

import dev.redazione.core.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The image files found under a content folder, by path relative to it with {@code /} separators.
 *
 * <p>Only files listed here are ever served or linked: a lookup is an exact match against the
 * scanned set, so a path that climbs out of the folder ({@code ..}), an absolute path or a missing
 * file simply finds nothing. Immutable and thread-safe.
 */
public final class ImageCatalog {

  private static final Set<String> EXTENSIONS =
      Set.of("jpg", "jpeg", "png", "gif", "webp", "avif", "svg");
  private static final ImageCatalog EMPTY = new ImageCatalog(null, Set.of());

  private final Path root;
  private final SortedSet<String> paths;

  private ImageCatalog(Path root, Set<String> paths) {
    this.root = root;
    this.paths = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
  }

  /** A catalog with no images. */
  public static ImageCatalog empty() {
    return EMPTY;
  }

  /**
   * Lists the image files under a folder, skipping hidden files and folders.
   *
   * @throws UncheckedIOException if the folder cannot be walked
   */
  public static ImageCatalog scan(Path contentFolder) {
    Path root = contentFolder.toAbsolutePath().normalize();
    Set<String> found = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      files
          .filter(Files::isRegularFile)
          .map(root::relativize)
          .filter(ImageCatalog::isVisibleImage)
          .forEach(relative -> found.add(toSlashes(relative)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list images under " + root, e);
    }
    return new ImageCatalog(root, found);
  }

  private static boolean isVisibleImage(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = relative.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  private static String toSlashes(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  /** Every image path, relative to the content folder, sorted. */
  public SortedSet<String> paths() {
    return paths;
  }

  /** The file of a listed image; nothing for any path that is not exactly a listed one. */
  public Optional<Path> file(String relativePath) {
    Objects.requireNonNull(relativePath, "relativePath");
    return paths.contains(relativePath)
        ? Optional.of(root.resolve(relativePath))
        : Optional.empty();
  }

  /** The catalog path of an article's lead image, when its file exists under the content folder. */
  public Optional<String> resolve(Article article) {
    return article.image().flatMap(image -> resolve(article, image.src()));
  }

  /**
   * The catalog path of an image reference written in an article (relative to the article's file,
   * or to the content folder when it starts with {@code /}), when that file exists; remote URLs and
   * references that leave the content folder resolve to nothing.
   */
  public Optional<String> resolve(Article article, String src) {
    if (src.isBlank()
        || src.contains(":")
        || src.contains("\\")
        || src.contains("?")
        || src.contains("#")) {
      return Optional.empty();
    }
    String sourcePath = article.source().path();
    int slash = sourcePath.lastIndexOf('/');
    String base = src.startsWith("/") || slash < 0 ? "" : sourcePath.substring(0, slash + 1);
    return normalize(base + src).filter(paths::contains);
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
