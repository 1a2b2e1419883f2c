package dev.redazione.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempFoldersTest {

  @TempDir Path temp;

  @Test
  void deletesAHostileFolderWithoutFollowingItsLinks() throws Exception {
    Path outside = Files.writeString(temp.resolve("fuori.txt"), "resta");
    Path outsideFolder = Files.createDirectory(temp.resolve("cartella-fuori"));
    Files.writeString(outsideFolder.resolve("anche.txt"), "resta");
    Path folder = Files.createDirectories(temp.resolve("contenuti/annidata"));
    Files.writeString(folder.resolve("articolo.md"), "testo");
    Files.createSymbolicLink(folder.resolve("link.txt"), outside);
    Files.createSymbolicLink(folder.resolve("link-cartella"), outsideFolder);
    Path closed = Files.createDirectory(folder.resolve("chiusa"));
    Files.writeString(closed.resolve("dentro.txt"), "testo");
    Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("---------"));
    Process fifo = new ProcessBuilder("mkfifo", folder.resolve("tubo").toString()).start();
    assertThat(fifo.waitFor(10, TimeUnit.SECONDS)).isTrue();

    TempFolders.delete(temp.resolve("contenuti"));

    assertThat(temp.resolve("contenuti")).doesNotExist();
    assertThat(outside).hasContent("resta");
    assertThat(outsideFolder.resolve("anche.txt")).hasContent("resta");
  }

  @Test
  void aMissingFolderIsNoError() throws IOException {
    TempFolders.delete(temp.resolve("mai-creata"));

    assertThat(Files.exists(temp.resolve("mai-creata"), LinkOption.NOFOLLOW_LINKS)).isFalse();
  }
}
