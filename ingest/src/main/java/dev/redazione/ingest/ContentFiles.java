package dev.redazione.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Which files of a content folder may hold articles: every file {@link ContentTree} lists, except
 * dotfiles and dot-folders, editor backups and media files. Stateless and thread-safe.
 */
final class ContentFiles {

  private static final Set<String> SKIPPED_EXTENSIONS =
      Set.of(
          "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "ico", "bmp", "tif", "tiff", "heic",
          "mp3", "mp4", "m4a", "mov", "webm", "ogg", "wav", "pdf", "zip", "gz", "tgz", "7z", "rar",
          "woff", "woff2", "ttf", "otf", "eot", "css", "js", "map", "bak", "swp", "swo", "tmp",
          "orig", "rej");

  private ContentFiles() {}

  /** Whether a path relative to the content folder may hold an article. */
  static boolean isCandidate(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    String name = relative.getFileName().toString();
    if (name.endsWith("~") || (name.startsWith("#") && name.endsWith("#"))) {
      return false;
    }
    int dot = name.lastIndexOf('.');
    return dot < 0
        || !SKIPPED_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
  }

  /** The path of {@code file} relative to {@code root}, with {@code /} separators. */
  static String relativePath(Path root, Path file) {
    Path base = root.toAbsolutePath().normalize();
    Path target = file.toAbsolutePath().normalize();
    if (!target.startsWith(base) || target.equals(base)) {
      throw new IllegalArgumentException(
          "file " + file + " is not inside the content folder " + root);
    }
    return base.relativize(target).toString().replace('\\', '/');
  }
}
