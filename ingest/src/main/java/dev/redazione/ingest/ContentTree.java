package dev.redazione.ingest;

import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * A content folder as a boundary that no read crosses. Every entry is untrusted: only regular files
 * whose real path lies under the folder's real path are listed and read, and a symbolic link is
 * followed only when it stays inside. Links that leave the folder, links to nothing or to folders,
 * FIFOs, sockets and device files are skipped without being opened, each with a diagnostic; a
 * subfolder that cannot be listed is reported and skipped while the rest is listed. Dotfiles and
 * dot-folders are never entered. {@link #read} checks the file again when it reads it, so a file
 * replaced by a link after the listing is refused too. Immutable and thread-safe.
 */
public final class ContentTree {

  /** The code of a symbolic link that resolves outside the folder (warning). */
  public static final String OUTSIDE_LINK = DiagnosticCode.OUTSIDE_LINK.code();

  /** The code of an entry that is not a regular file: FIFO, socket, device, odd link (info). */
  public static final String SKIPPED_FILE = DiagnosticCode.SKIPPED_FILE.code();

  /** The code of a subfolder or entry whose attributes or listing cannot be read (warning). */
  public static final String UNREADABLE_PATH = DiagnosticCode.UNREADABLE_PATH.code();

  private static final String NOT_REGULAR =
      "not a regular file (a FIFO, socket or device); skipped without opening it";

  private final Path root;
  private final Path realRoot;

  /** Whether the file system has the {@code unix} attribute view, with status-change times. */
  private static final boolean UNIX_VIEW =
      FileSystems.getDefault().supportedFileAttributeViews().contains("unix");

  private ContentTree(Path root, Path realRoot) {
    this.root = root;
    this.realRoot = realRoot;
  }

  /**
   * The tree of a folder.
   *
   * @throws IOException if the folder does not exist, is not a folder or its real path cannot be
   *     found
   */
  public static ContentTree open(Path folder) throws IOException {
    Objects.requireNonNull(folder, "folder");
    Path real = folder.toRealPath();
    if (!Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)) {
      throw new FileSystemException(folder.toString(), null, "not a folder");
    }
    return new ContentTree(folder.toAbsolutePath().normalize(), real);
  }

  /** The folder's real path, all links resolved. */
  Path realRoot() {
    return realRoot;
  }

  /** The folder as given, absolute and normalised; listed files are under it. */
  public Path root() {
    return root;
  }

  /**
   * Lists the files under the folder that {@code wanted} accepts, sorted by path, with a diagnostic
   * for each wanted entry that is skipped and for each subfolder that cannot be listed.
   *
   * @param wanted whether a path relative to the folder is of interest; asked for files only, never
   *     for dotfiles
   * @throws IOException if the folder itself cannot be listed
   */
  public Listing list(Predicate<Path> wanted) throws IOException {
    Objects.requireNonNull(wanted, "wanted");
    Visitor visitor = new Visitor(wanted);
    Files.walkFileTree(realRoot, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, visitor);
    if (visitor.rootFailure != null) {
      throw visitor.rootFailure;
    }
    visitor.files.sort(null);
    return new Listing(visitor.files, visitor.diagnostics);
  }

  /**
   * Reads a file of the folder, after checking that it is now a regular file whose real path is
   * inside the folder; the file is opened without following a link, so it cannot be swapped for one
   * between the check and the read.
   *
   * @throws RefusedFileException if the file resolves outside the folder or is not a regular file
   * @throws IOException if it cannot be read
   */
  public byte[] read(Path file) throws IOException {
    try (InputStream in =
        Files.newInputStream(realFile(file), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return in.readAllBytes();
    }
  }

  /**
   * The stamp of a file of the folder, checked now as {@link #read} checks it, without reading it.
   *
   * @throws RefusedFileException if the file resolves outside the folder or is not a regular file
   * @throws IOException if its real path or attributes cannot be read
   */
  FileStamp stamp(Path file) throws IOException {
    Path real = realFile(file);
    BasicFileAttributes attributes =
        Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    FileTime changed =
        UNIX_VIEW
            ? (FileTime) Files.getAttribute(real, "unix:ctime", LinkOption.NOFOLLOW_LINKS)
            : null;
    Object key = attributes.fileKey();
    return new FileStamp(
        attributes.size(),
        attributes.lastModifiedTime(),
        changed,
        key == null ? null : key.toString());
  }

  /**
   * The real path of a file of the folder, checked now: a regular file inside the folder.
   *
   * @throws RefusedFileException if the file resolves outside the folder or is not a regular file
   * @throws IOException if its real path or attributes cannot be read
   */
  public Path realFile(Path file) throws IOException {
    Path real = file.toRealPath();
    if (!real.startsWith(realRoot)) {
      throw RefusedFileException.outside(file);
    }
    if (!Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
        .isRegularFile()) {
      throw RefusedFileException.notRegular(
          file,
          Files.isDirectory(real, LinkOption.NOFOLLOW_LINKS)
              ? "a symbolic link to a folder; links to folders are not followed"
              : NOT_REGULAR);
    }
    return real;
  }

  /** The path of {@code file} relative to the folder, with {@code /} separators. */
  public String relativePath(Path file) {
    return ContentFiles.relativePath(root, file);
  }

  /** Why an entry could not be read, in words, without its path. */
  static String reason(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "it does not exist";
    }
    if (failure instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return failure.getClass().getSimpleName();
  }

  /**
   * The files a walk found and what it skipped.
   *
   * @param files the listed files, under {@link #root()}, sorted
   * @param diagnostics one per skipped entry or unreadable subfolder, in walk order
   */
  public record Listing(List<Path> files, List<Diagnostic> diagnostics) {

    /** Copies the lists. */
    public Listing {
      files = List.copyOf(files);
      diagnostics = List.copyOf(diagnostics);
    }
  }

  /** A file refused by {@link #read} or {@link #realFile}: {@link #diagnostic} says why. */
  public static final class RefusedFileException extends IOException {

    private static final long serialVersionUID = 1L;

    private final Severity severity;
    private final String code;
    private final String reason;

    private RefusedFileException(Path file, Severity severity, String code, String reason) {
      super(file.getFileName() + ": " + reason);
      this.severity = severity;
      this.code = code;
      this.reason = reason;
    }

    static RefusedFileException outside(Path file) {
      return new RefusedFileException(
          file,
          Severity.WARNING,
          OUTSIDE_LINK,
          "a symbolic link that resolves outside the content folder; it is not read, served or"
              + " exported (only files inside the folder are published)");
    }

    static RefusedFileException notRegular(Path file, String reason) {
      return new RefusedFileException(file, Severity.INFO, SKIPPED_FILE, reason);
    }

    /** The diagnostic of the refused file, at its path relative to the folder. */
    public Diagnostic diagnostic(String relativePath) {
      return new Diagnostic(relativePath, 0, severity, code, reason);
    }
  }

  /** Walks the real folder without following links, re-basing what it lists on {@link #root}. */
  private final class Visitor extends SimpleFileVisitor<Path> {

    private final Predicate<Path> wanted;
    private final List<Path> files = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private IOException rootFailure;

    Visitor(Predicate<Path> wanted) {
      this.wanted = wanted;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      return dir.equals(realRoot) || !isHidden(dir)
          ? FileVisitResult.CONTINUE
          : FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      Path relative = realRoot.relativize(file);
      if (isHidden(file) || !wanted.test(relative)) {
        return FileVisitResult.CONTINUE;
      }
      Path listed = root.resolve(relative);
      if (attrs.isRegularFile()) {
        files.add(listed);
        return FileVisitResult.CONTINUE;
      }
      String path = toSlashes(relative);
      if (!attrs.isSymbolicLink()) {
        diagnostics.add(Diagnostic.info(path, 0, SKIPPED_FILE, NOT_REGULAR));
        return FileVisitResult.CONTINUE;
      }
      try {
        realFile(file);
        files.add(listed);
      } catch (RefusedFileException refused) {
        diagnostics.add(refused.diagnostic(path));
      } catch (NoSuchFileException broken) {
        diagnostics.add(
            Diagnostic.info(
                path, 0, SKIPPED_FILE, "a symbolic link to a file that does not exist; skipped"));
      } catch (IOException unreadable) {
        diagnostics.add(unreadable(file, unreadable));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException failure) {
      if (file.equals(realRoot)) {
        rootFailure = failure;
        return FileVisitResult.TERMINATE;
      }
      if (!(failure instanceof NoSuchFileException) && !isHidden(file)) {
        diagnostics.add(unreadable(file, failure));
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
      if (failure != null) {
        return visitFileFailed(dir, failure);
      }
      return FileVisitResult.CONTINUE;
    }

    private Diagnostic unreadable(Path file, IOException failure) {
      String path = toSlashes(realRoot.relativize(file));
      String what =
          Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)
              ? "the folder cannot be listed ("
                  + reason(failure)
                  + "); its files are skipped, the rest of the content is read"
              : "cannot be read (" + reason(failure) + "); skipped";
      return Diagnostic.warning(path, 0, UNREADABLE_PATH, what);
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String toSlashes(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }
}
