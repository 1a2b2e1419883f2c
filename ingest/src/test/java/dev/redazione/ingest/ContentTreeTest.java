package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Severity;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The content folder as a boundary: links, special files and unreadable subfolders. */
class ContentTreeTest {

  private static final String SECRET = "root:x:0:0:root:/root:/bin/bash\n";

  @TempDir Path temp;
  @TempDir Path elsewhere;
  private Path content;
  private Path secret;

  @BeforeEach
  void folders() throws IOException {
    content = Files.createDirectories(temp.resolve("content"));
    secret = Files.writeString(elsewhere.resolve("passwd"), SECRET);
    // Dated and long enough that the editorial checks of loading find nothing to say.
    write(
        "buono.md",
        "---\ntitle: Articolo buono\ndate: 2025-01-10\n---\n" + "Testo buono. ".repeat(45));
  }

  @Test
  void linkToAFileOutsideTheFolderIsNotReadAndIsReported() throws IOException {
    Files.createSymbolicLink(content.resolve("note.txt"), secret);

    LoadResult result = ContentLoader.create().load(content);

    assertThat(result.archive().articles())
        .extracting(Article::title)
        .containsExactly("Articolo buono");
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("note.txt");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.code()).isEqualTo("OUTSIDE_LINK");
              assertThat(d.message())
                  .contains("outside the content folder")
                  .doesNotContain("passwd");
            });
  }

  @Test
  void linkToAFolderOutsideIsNotEntered() throws IOException {
    Files.writeString(elsewhere.resolve("esterno.md"), "---\ntitle: Esterno\n---\nTesto.\n");
    Files.createSymbolicLink(content.resolve("esterni"), elsewhere);

    LoadResult result = ContentLoader.create().load(content);

    assertThat(result.archive().articles())
        .extracting(Article::title)
        .containsExactly("Articolo buono");
    assertThat(result.diagnostics())
        .extracting(Diagnostic::path, Diagnostic::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("esterni", "OUTSIDE_LINK"));
  }

  @Test
  void linkThatStaysInsideTheFolderIsRead() throws IOException {
    write("sezione/vero.md", "---\ntitle: Articolo vero\nslug: vero\n---\nTesto.\n");
    Files.createSymbolicLink(content.resolve("alias.md"), Path.of("sezione/vero.md"));
    Files.createSymbolicLink(content.resolve("sezione/giro.md"), Path.of("../sezione/vero.md"));

    LoadResult result = ContentLoader.create().load(content);

    assertThat(result.archive().articles())
        .extracting(a -> a.report().source().path())
        .containsExactlyInAnyOrder("buono.md", "alias.md", "sezione/giro.md", "sezione/vero.md");
    assertThat(result.diagnostics()).noneMatch(d -> d.code().equals("OUTSIDE_LINK"));
  }

  @Test
  void brokenLinkIsSkippedWithANote() throws IOException {
    Files.createSymbolicLink(content.resolve("rotto.md"), Path.of("manca.md"));

    LoadResult result = ContentLoader.create().load(content);

    assertThat(result.archive().size()).isEqualTo(1);
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("rotto.md");
              assertThat(d.severity()).isEqualTo(Severity.INFO);
              assertThat(d.code()).isEqualTo("SKIPPED_FILE");
            });
  }

  @Test
  void fifoIsSkippedWithoutBeingOpened() throws Exception {
    UnusualFiles.fifo(content.resolve("coda.txt"));

    LoadResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(20), () -> ContentLoader.create().load(content));

    assertThat(result.archive().size()).isEqualTo(1);
    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("coda.txt");
              assertThat(d.code()).isEqualTo("SKIPPED_FILE");
              assertThat(d.message()).contains("without opening it");
            });
  }

  @Test
  void fileReplacedByALinkAfterTheListingIsRefusedWhenRead() throws IOException {
    ContentTree tree = ContentTree.open(content);
    ContentTree.Listing listing = tree.list(path -> true);
    Path file = listing.files().get(0);
    Files.delete(file);
    Files.createSymbolicLink(file, secret);

    assertThatThrownBy(() -> tree.read(file))
        .isInstanceOfSatisfying(
            ContentTree.RefusedFileException.class,
            e -> assertThat(e.diagnostic("buono.md").code()).isEqualTo("OUTSIDE_LINK"));
    assertThat(ArticleReader.create().read(content, file).diagnostics())
        .extracting(Diagnostic::code)
        .containsExactly("OUTSIDE_LINK");
  }

  @Test
  void folderThatCannotBeReadEvenByRootIsReportedAndTheRestIsLoaded() throws Exception {
    Path unreadable = UnusualFiles.unreadableFolder(content, "profonda");
    write("altro.md", "---\ntitle: Altro articolo\ndate: 2025-01-11\n---\n" + "Testo. ".repeat(90));
    try {
      LoadResult result = ContentLoader.create().load(content);

      assertThat(result.archive().articles())
          .extracting(Article::title)
          .containsExactlyInAnyOrder("Articolo buono", "Altro articolo");
      String relative = content.toAbsolutePath().relativize(unreadable).toString();
      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.path()).isEqualTo(relative);
                assertThat(d.severity()).isEqualTo(Severity.WARNING);
                assertThat(d.code()).isEqualTo("UNREADABLE_PATH");
                assertThat(d.message()).contains("File name too long");
              });
    } finally {
      UnusualFiles.delete(content.resolve("profonda"));
    }
  }

  @Test
  void folderWithoutPermissionsIsReportedAndTheRestIsLoaded() throws IOException {
    Path locked = Files.createDirectories(content.resolve("lost+found"));
    write("lost+found/perso.md", "Perso\n\nTesto.\n");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    try {
      assumeTrue(isDenied(locked), "permissions are not enforced for this user (root)");

      LoadResult result = ContentLoader.create().load(content);

      assertThat(result.archive().articles())
          .extracting(Article::title)
          .containsExactly("Articolo buono");
      assertThat(result.diagnostics())
          .singleElement()
          .satisfies(
              d -> {
                assertThat(d.format())
                    .isEqualTo(
                        "lost+found: warning: UNREADABLE_PATH the folder cannot be listed"
                            + " (permission denied); its files are skipped, the rest of the"
                            + " content is read");
              });
    } finally {
      Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
    }
  }

  @Test
  void missingFolderIsReportedWithoutRepeatingItsPath() {
    LoadResult result = ContentLoader.create().load(content.resolve("assente"));

    assertThat(result.diagnostics())
        .singleElement()
        .satisfies(
            d ->
                assertThat(d.format())
                    .isEqualTo(
                        "assente: error: CONTENT_FOLDER the content folder does not exist or is"
                            + " not a folder"));
  }

  private static boolean isDenied(Path folder) {
    try (var entries = Files.newDirectoryStream(folder)) {
      return false;
    } catch (AccessDeniedException denied) {
      return true;
    } catch (IOException other) {
      return false;
    }
  }

  private void write(String relative, String text) throws IOException {
    Path file = content.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
