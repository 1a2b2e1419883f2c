package dev.redazione.ingest;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.ImagePath;
import dev.redazione.ingest.internal.SvgPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The image files found under a content folder, by path relative to it with {@code /} separators.
 *
 * <p>Only files listed here are ever served or linked: a lookup is an exact match against the
 * scanned set, so a path that climbs out of the folder ({@code ..}), an absolute path or a missing
 * file simply finds nothing. The folder is listed through {@link ContentTree}, so a link that
 * leaves it, a FIFO or a device is never listed; an SVG image is listed only when {@link SvgPolicy}
 * finds it safe. Every read checks the file again, so a file replaced after the scan (by a link
 * out, or by an unsafe SVG) is refused. What the scan refused is in {@link #diagnostics()}. Where
 * an article's reference points is {@link dev.redazione.core.ImagePath}'s rule. Immutable and
 * thread-safe.
 */
public final class ImageCatalog implements ImageFiles {

  /** The file extensions of images, compared without case: those of {@link ImagePath#mediaType}. */
  public static final List<String> EXTENSIONS = ImagePath.EXTENSIONS;

  private static final ImageCatalog EMPTY = new ImageCatalog(null, Set.of(), List.of());

  private final ContentTree tree;
  private final SortedSet<String> paths;
  private final List<Diagnostic> diagnostics;

  private ImageCatalog(ContentTree tree, Set<String> paths, List<Diagnostic> diagnostics) {
    this.tree = tree;
    this.paths = Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** A catalog with no images. */
  public static ImageCatalog empty() {
    return EMPTY;
  }

  /**
   * Lists the image files under a folder, skipping hidden files and folders, and whatever the
   * content tree or the SVG policy refuses.
   *
   * @throws UncheckedIOException if the folder itself cannot be listed
   */
  public static ImageCatalog scan(Path contentFolder) {
    ContentTree tree;
    ContentTree.Listing listing;
    try {
      tree = ContentTree.open(contentFolder);
      listing = tree.list(ImageCatalog::isImage);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list images under " + contentFolder, e);
    }
    Set<String> found = new TreeSet<>();
    List<Diagnostic> diagnostics = new ArrayList<>(listing.diagnostics());
    for (Path file : listing.files()) {
      String path = tree.relativePath(file);
      Optional<Diagnostic> refusal = isSvg(path) ? svgRefusal(tree, file, path) : Optional.empty();
      refusal.ifPresentOrElse(diagnostics::add, () -> found.add(path));
    }
    diagnostics.sort(null);
    return new ImageCatalog(tree, found, diagnostics);
  }

  private static Optional<Diagnostic> svgRefusal(ContentTree tree, Path file, String path) {
    try {
      return SvgPolicy.check(path, tree.read(file));
    } catch (ContentTree.RefusedFileException e) {
      return Optional.of(e.diagnostic(path));
    } catch (IOException e) {
      return Optional.of(
          Diagnostic.warning(
              path, 0, SvgPolicy.UNSAFE_SVG, "the SVG image cannot be read to be checked"));
    }
  }

  private static boolean isImage(Path relative) {
    String name = relative.getFileName().toString();
    return name.lastIndexOf('.') > 0 && ImagePath.mediaType(name).isPresent();
  }

  private static boolean isSvg(String path) {
    return path.toLowerCase(Locale.ROOT).endsWith(".svg");
  }

  /** Every image path, relative to the content folder, sorted. */
  @Override
  public SortedSet<String> paths() {
    return paths;
  }

  /**
   * What the scan did not list, and why: links out of the folder, special files, unreadable
   * subfolders, unsafe SVG images; sorted.
   */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Why the scan did not list a path, when it refused it. */
  public Optional<Diagnostic> refusal(String relativePath) {
    return diagnostics.stream().filter(d -> d.path().equals(relativePath)).findFirst();
  }

  /**
   * The real path of a listed image, checked now: nothing for a path that is not exactly a listed
   * one, nor for a file that is no longer a regular file inside the content folder.
   */
  @Override
  public Optional<Path> file(String relativePath) {
    Objects.requireNonNull(relativePath, "relativePath");
    if (!paths.contains(relativePath)) {
      return Optional.empty();
    }
    try {
      return Optional.of(tree.realFile(tree.root().resolve(relativePath)));
    } catch (IOException refusedOrGone) {
      return Optional.empty();
    }
  }

  /**
   * The bytes of a listed image, read now with the checks of {@link ContentTree#read}; an SVG image
   * is checked again on the bytes read.
   *
   * @throws NoSuchFileException if the path is not exactly a listed one
   * @throws IOException if the file is now refused, or cannot be read
   */
  @Override
  public byte[] read(String relativePath) throws IOException {
    Objects.requireNonNull(relativePath, "relativePath");
    if (!paths.contains(relativePath)) {
      throw new NoSuchFileException(relativePath, null, "not a listed image");
    }
    byte[] bytes = tree.read(tree.root().resolve(relativePath));
    if (isSvg(relativePath)) {
      Optional<Diagnostic> refusal = SvgPolicy.check(relativePath, bytes);
      if (refusal.isPresent()) {
        throw new IOException(refusal.get().format());
      }
    }
    return bytes;
  }

  @Override
  public Optional<Instant> lastModified(Article article) {
    if (tree == null) {
      return Optional.empty();
    }
    try {
      Path file = tree.realFile(tree.root().resolve(article.report().source().path()));
      return Optional.of(Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS).toInstant());
    } catch (IOException | RuntimeException goneOrRefused) {
      return Optional.empty();
    }
  }
}
