package dev.redazione.testkit;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/** Deleting the folders tests write, hostile ones included. */
public final class TempFolders {

  private static final Set<PosixFilePermission> OWNER_ALL =
      EnumSet.of(
          PosixFilePermission.OWNER_READ,
          PosixFilePermission.OWNER_WRITE,
          PosixFilePermission.OWNER_EXECUTE);

  private TempFolders() {}

  /**
   * Deletes a folder and everything in it: symbolic links are deleted, never followed; FIFOs and
   * other special files are deleted unopened; a subfolder its owner may not list or change is made
   * accessible first. Nothing happens when the folder does not exist.
   *
   * @param folder the folder to delete
   * @throws IOException when something in it cannot be deleted
   */
  public static void delete(Path folder) throws IOException {
    if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(
        folder,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes)
              throws IOException {
            PosixFileAttributeView posix =
                Files.getFileAttributeView(
                    dir, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            if (posix != null) {
              Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
              if (!permissions.containsAll(OWNER_ALL)) {
                permissions.addAll(OWNER_ALL);
                posix.setPermissions(permissions);
              }
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException failure)
              throws IOException {
            if (failure != null) {
              throw failure;
            }
            Files.delete(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }
}
