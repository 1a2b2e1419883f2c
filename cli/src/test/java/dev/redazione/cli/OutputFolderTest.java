package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  @TempDir Path temp;

  @Test
  void rootIsTheIndexFile() {
    assertThat(new OutputFolder(temp).fileOf("/")).isEqualTo(temp.resolve("index.html"));
  }

  @Test
  void pathWithoutExtensionIsAFolderWithAnIndex() {
    assertThat(new OutputFolder(temp).fileOf("/articoli/la-partnership"))
        .isEqualTo(temp.resolve("articoli/la-partnership/index.html"));
  }

  @Test
  void pathWithExtensionIsThatFile() {
    assertThat(new OutputFolder(temp).fileOf("/feed.xml")).isEqualTo(temp.resolve("feed.xml"));
  }

  @Test
  void pathClimbingOutOfTheFolderIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new OutputFolder(temp).fileOf("/../fuori.html"));
  }

  @Test
  void missingAndEmptyFoldersAreUsable() throws IOException {
    assertThat(new OutputFolder(temp.resolve("nuova")).isUsable()).isTrue();
    assertThat(new OutputFolder(temp).isUsable()).isTrue();
  }

  @Test
  void folderWithSomeoneElsesFilesIsNotUsable() throws IOException {
    Files.writeString(temp.resolve("tesi.docx"), "non cancellarmi");

    assertThat(new OutputFolder(temp).isUsable()).isFalse();
  }

  @Test
  void previousBuildIsEmptiedAndMarked() throws IOException {
    OutputFolder folder = new OutputFolder(temp);
    folder.prepare();
    Files.createDirectories(temp.resolve("articoli/vecchio"));
    Files.writeString(temp.resolve("articoli/vecchio/index.html"), "<p>vecchio</p>");

    assertThat(folder.isUsable()).isTrue();
    folder.prepare();

    assertThat(temp.resolve("articoli")).doesNotExist();
    assertThat(temp.resolve(OutputFolder.MARKER)).exists();
  }
}
