package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.Image;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageCatalogTest {

  @TempDir Path content;
  private ImageCatalog catalog;

  @BeforeEach
  void createFiles() throws IOException {
    Files.createDirectories(content.resolve("2025/img"));
    Files.createDirectories(content.resolve(".hidden"));
    Files.write(content.resolve("logo.png"), new byte[] {1});
    Files.write(content.resolve("2025/img/foto.jpg"), new byte[] {1});
    Files.write(content.resolve(".hidden/secret.png"), new byte[] {1});
    Files.writeString(content.resolve("2025/articolo.md"), "not an image");
    catalog = ImageCatalog.scan(content);
  }

  private static Article articleAt(String path, String imageSrc) {
    return Article.builder()
        .slug(Slug.of("prova"))
        .title("Prova")
        .body(Body.empty())
        .image(Image.of(imageSrc, "alt", null))
        .source(new Source(path, SourceFormat.FRONT_MATTER_MARKDOWN))
        .build();
  }

  @Test
  void listsVisibleImagesOnly() {
    assertThat(catalog.paths()).containsExactly("2025/img/foto.jpg", "logo.png");
  }

  @Test
  void resolvesAnImageRelativeToItsArticle() {
    assertThat(catalog.resolve(articleAt("2025/articolo.md", "img/foto.jpg")))
        .contains("2025/img/foto.jpg");
  }

  @Test
  void resolvesAnImageClimbingToAnotherFolderOfTheContent() {
    assertThat(catalog.resolve(articleAt("2025/articolo.md", "../logo.png"))).contains("logo.png");
  }

  @Test
  void resolvesARootRelativeImageFromTheContentFolder() {
    assertThat(catalog.resolve(articleAt("2025/articolo.md", "/logo.png"))).contains("logo.png");
  }

  @Test
  void findsNothingOutsideTheContentFolder() {
    assertThat(catalog.resolve(articleAt("articolo.md", "../../images/openai.jpg"))).isEmpty();
  }

  @Test
  void findsNothingForAMissingFile() {
    assertThat(catalog.resolve(articleAt("articolo.md", "manca.png"))).isEmpty();
  }

  @Test
  void findsNothingForARemoteImage() {
    assertThat(catalog.resolve(articleAt("articolo.md", "https://example.org/logo.png"))).isEmpty();
  }

  @Test
  void servesOnlyExactlyListedPaths() throws IOException {
    assertThat(catalog.file("logo.png")).contains(content.resolve("logo.png").toRealPath());
    assertThat(catalog.file("2025/../logo.png")).isEmpty();
    assertThat(catalog.file(".hidden/secret.png")).isEmpty();
    assertThat(catalog.file("2025/articolo.md")).isEmpty();
  }

  @Test
  void linkToAnImageOutsideTheFolderIsNotListedAndIsReported(@TempDir Path elsewhere)
      throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0");
    Files.createSymbolicLink(content.resolve("rubato.png"), secret);

    ImageCatalog scanned = ImageCatalog.scan(content);

    assertThat(scanned.paths()).doesNotContain("rubato.png");
    assertThat(scanned.file("rubato.png")).isEmpty();
    assertThat(scanned.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("rubato.png");
              assertThat(d.code()).isEqualTo("OUTSIDE_LINK");
            });
  }

  @Test
  void linkToAnImageInsideTheFolderIsListedAndRead() throws IOException {
    Files.createSymbolicLink(content.resolve("alias.jpg"), Path.of("2025/img/foto.jpg"));

    ImageCatalog scanned = ImageCatalog.scan(content);

    assertThat(scanned.paths()).contains("alias.jpg");
    assertThat(scanned.read("alias.jpg")).containsExactly(1);
    assertThat(scanned.diagnostics()).isEmpty();
  }

  @Test
  void imageReplacedByALinkOutAfterTheScanIsRefused(@TempDir Path elsewhere) throws IOException {
    Path secret = Files.writeString(elsewhere.resolve("passwd"), "root:x:0:0");
    Files.delete(content.resolve("logo.png"));
    Files.createSymbolicLink(content.resolve("logo.png"), secret);

    assertThat(catalog.file("logo.png")).isEmpty();
    assertThatThrownBy(() -> catalog.read("logo.png"))
        .isInstanceOf(ContentTree.RefusedFileException.class);
  }

  @Test
  void fifoNamedLikeAnImageIsNeverOpened() throws Exception {
    Process mkfifo = new ProcessBuilder("mkfifo", content.resolve("coda.png").toString()).start();
    assertThat(mkfifo.waitFor()).isZero();

    ImageCatalog scanned =
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> ImageCatalog.scan(content));

    assertThat(scanned.paths()).doesNotContain("coda.png");
    assertThat(scanned.diagnostics())
        .extracting(Diagnostic::path, Diagnostic::code)
        .containsExactly(tuple("coda.png", "SKIPPED_FILE"));
  }

  @Test
  void svgWithAnEventHandlerIsRefusedAndArticlesGetNoImage() throws IOException {
    Files.writeString(
        content.resolve("logo.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\"\n onload=\"alert(document.domain)\"/>\n");

    ImageCatalog scanned = ImageCatalog.scan(content);

    assertThat(scanned.paths()).doesNotContain("logo.svg");
    assertThat(scanned.resolve(articleAt("articolo.md", "logo.svg"))).isEmpty();
    assertThat(scanned.diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.path()).isEqualTo("logo.svg");
              assertThat(d.lineNumber()).isEqualTo(2);
              assertThat(d.code()).isEqualTo("UNSAFE_SVG");
              assertThat(d.message()).contains("`onload`");
            });
  }

  @Test
  void cleanSvgIsListedAndAnUnsafeReplacementIsRefusedWhenRead() throws IOException {
    Path svg = content.resolve("logo.svg");
    Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"1\"/></svg>");
    ImageCatalog scanned = ImageCatalog.scan(content);
    assertThat(scanned.paths()).contains("logo.svg");
    assertThat(scanned.read("logo.svg")).isEqualTo(Files.readAllBytes(svg));

    Files.writeString(
        svg, "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

    assertThatThrownBy(() -> scanned.read("logo.svg"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("UNSAFE_SVG");
  }
}
