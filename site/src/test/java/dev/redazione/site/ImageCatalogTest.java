package dev.redazione.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.Image;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
  void servesOnlyExactlyListedPaths() {
    assertThat(catalog.file("logo.png"))
        .contains(content.toAbsolutePath().normalize().resolve("logo.png"));
    assertThat(catalog.file("2025/../logo.png")).isEmpty();
    assertThat(catalog.file(".hidden/secret.png")).isEmpty();
    assertThat(catalog.file("2025/articolo.md")).isEmpty();
  }
}
