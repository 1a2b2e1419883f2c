package dev.redazione.core;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The image files a site may publish, by path relative to the content folder with {@code /}
 * separators: the seam between reading a folder (which lists and checks them) and publishing (which
 * links and serves only those listed). Implementations are immutable and thread-safe.
 */
public interface ImageFiles {

  /** Every image path, sorted. */
  SortedSet<String> paths();

  /**
   * The real path of a listed image, checked now: nothing for a path that is not exactly a listed
   * one, nor for a file that is no longer fit to serve.
   */
  Optional<Path> file(String relativePath);

  /**
   * The bytes of a listed image, read now with the same checks as the listing.
   *
   * @throws NoSuchFileException if the path is not exactly a listed one
   * @throws IOException if the file is now refused, or cannot be read
   */
  byte[] read(String relativePath) throws IOException;

  /**
   * The listed image an article's reference points at ({@link ImagePath#resolve(Article, String)}),
   * when there is one.
   */
  default Optional<String> resolve(Article article, String src) {
    return ImagePath.resolve(article, src).filter(paths()::contains);
  }

  /**
   * When an article's source file was last modified, read now: nothing when there is no folder, or
   * the file is gone or no longer fit to read. Feeds date an article that has no day of publication
   * by it.
   */
  Optional<Instant> lastModified(Article article);

  /** The listed image of an article's lead image, when there is one. */
  default Optional<String> resolve(Article article) {
    return article.image().flatMap(image -> resolve(article, image.src()));
  }
}
