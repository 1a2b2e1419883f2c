package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

  @TempDir Path temp;

  @Test
  void rootIsTheIndexFile() {
    assertThat(OutputFolder.fileOf(temp, "/")).isEqualTo(temp.resolve("index.html"));
  }

  @Test
  void pathWithoutExtensionIsAFolderWithAnIndex() {
    assertThat(OutputFolder.fileOf(temp, "/articoli/la-partnership"))
        .isEqualTo(temp.resolve("articoli/la-partnership/index.html"));
  }

  @Test
  void pathWithExtensionIsThatFile() {
    assertThat(OutputFolder.fileOf(temp, "/feed.xml")).isEqualTo(temp.resolve("feed.xml"));
  }

  @Test
  void pathClimbingOutOfTheFolderIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OutputFolder.fileOf(temp, "/../fuori.html"));
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
  void committedBuildReplacesThePreviousOneWhole() throws IOException {
    Path out = temp.resolve("site");
    build(out, "vecchio");
    OutputFolder folder = new OutputFolder(out);

    try (OutputFolder.Staging staging = folder.stage()) {
      write(staging.fileOf("/articoli/nuovo"), "<p>nuovo</p>");
      assertThat(out.resolve("articoli/vecchio/index.html")).exists();
      assertThat(staging.commit()).isEmpty();
    }

    assertThat(out.resolve("articoli/vecchio")).doesNotExist();
    assertThat(out.resolve("articoli/nuovo/index.html")).hasContent("<p>nuovo</p>");
    assertThat(out.resolve(OutputFolder.MARKER)).exists();
    assertThat(entries(temp)).containsExactly("site");
  }

  @Test
  void buildThatIsNotCommittedLeavesThePreviousOneAndNoTrace() throws IOException {
    Path out = temp.resolve("site");
    build(out, "vecchio");

    try (OutputFolder.Staging staging = new OutputFolder(out).stage()) {
      write(staging.fileOf("/articoli/nuovo"), "<p>nuovo</p>");
    }

    assertThat(out.resolve("articoli/vecchio/index.html")).hasContent("<p>vecchio</p>");
    assertThat(out.resolve("articoli/nuovo")).doesNotExist();
    assertThat(entries(temp)).containsExactly("site");
  }

  @Test
  void leftoversOfAKilledBuildAreRemovedByTheNextOneOthersAreNot() throws IOException {
    Path out = temp.resolve("site");
    Path killed = Files.createDirectories(temp.resolve(".site.building-0123456789ab"));
    Files.writeString(killed.resolve(OutputFolder.MARKER), "");
    Path lookalike = Files.createDirectories(temp.resolve(".site.building-mio"));

    try (OutputFolder.Staging staging = new OutputFolder(out).stage()) {
      staging.commit();
    }

    assertThat(killed).doesNotExist();
    assertThat(lookalike).exists();
  }

  @Test
  void linkedOutputFolderIsReplacedWhereItPointsAndTheLinkKept() throws IOException {
    Path real = temp.resolve("pubblico");
    build(real, "vecchio");
    Path link = Files.createSymbolicLink(temp.resolve("site"), real);

    try (OutputFolder.Staging staging = new OutputFolder(link).stage()) {
      write(staging.fileOf("/articoli/nuovo"), "<p>nuovo</p>");
      staging.commit();
    }

    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(link.resolve("articoli/nuovo/index.html")).hasContent("<p>nuovo</p>");
    assertThat(real.resolve("articoli/vecchio")).doesNotExist();
  }

  private static void build(Path out, String slug) throws IOException {
    try (OutputFolder.Staging staging = new OutputFolder(out).stage()) {
      write(staging.fileOf("/articoli/" + slug), "<p>" + slug + "</p>");
      staging.commit();
    }
  }

  private static void write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
