package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.TempFolders;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The server over a content folder whose files are hostile: links out of the folder, a FIFO, an SVG
 * with an event handler next to a clean one.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UntrustedContentTest implements TestPropertyProvider {

  private static final String SECRET = "root:x:0:0:root:/root:/bin/bash\n";
  private static final String CLEAN_SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\"><rect width=\"4\""
          + " height=\"4\" style=\"fill: #c00\"/></svg>\n";

  @Inject
  @Client("/")
  HttpClient client;

  private Path temp;

  @Override
  public Map<String, String> getProperties() {
    try {
      temp = Files.createTempDirectory("redazione-untrusted-test");
      Path outside = Files.createDirectories(temp.resolve("fuori"));
      Path secret = Files.writeString(outside.resolve("passwd"), SECRET);
      Path content = Files.createDirectories(temp.resolve("content"));
      Files.createSymbolicLink(content.resolve("logo.png"), secret);
      Files.createSymbolicLink(content.resolve("note.txt"), secret);
      Files.writeString(content.resolve("pulito.svg"), CLEAN_SVG);
      Files.createSymbolicLink(content.resolve("alias.svg"), Path.of("pulito.svg"));
      Files.writeString(
          content.resolve("ostile.svg"),
          "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(document.cookie)\"/>\n");
      Process mkfifo = new ProcessBuilder("mkfifo", content.resolve("coda.md").toString()).start();
      if (!mkfifo.waitFor(10, TimeUnit.SECONDS) || mkfifo.exitValue() != 0) {
        throw new IOException("mkfifo failed");
      }
      Files.writeString(
          content.resolve("articolo.md"),
          """
          ---
          title: Articolo con immagini
          slug: immagini
          date: 2024-05-02
          image: ostile.svg
          ---
          Testo.

          ![Logo pulito](pulito.svg)

          ![Logo ostile](ostile.svg)

          ![Logo rubato](logo.png)
          """);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return Map.of(ContentSnapshots.CONTENT_PROPERTY, temp.resolve("content").toString());
  }

  @AfterAll
  void deleteContent() throws Exception {
    TempFolders.delete(temp);
  }

  private Pages pages() {
    return new Pages(client.toBlocking());
  }

  @Test
  void imageLinkedOutOfTheFolderIsNotServed() {
    HttpResponse<byte[]> response = pages().get("/immagini/logo.png");

    assertThat(response.getStatus().getCode()).isEqualTo(404);
    assertThat(Pages.text(response)).doesNotContain("root:x");
  }

  @Test
  void textLinkedOutOfTheFolderIsNotPublished() {
    assertThat(Pages.text(pages().get("/api/articles"))).doesNotContain("root:x");
    assertThat(pages().html("/").select(".card__title").eachText())
        .containsExactly("Articolo con immagini");
  }

  @Test
  void cleanSvgIsServedWithItsOwnStrictPolicyOnly() {
    for (String path : new String[] {"/immagini/pulito.svg", "/immagini/alias.svg"}) {
      HttpResponse<byte[]> response = pages().get(path);

      assertThat(response.getStatus().getCode()).as(path).isEqualTo(200);
      assertThat(response.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("image/svg+xml");
      assertThat(response.getHeaders().getAll("Content-Security-Policy"))
          .containsExactly("default-src 'none'; style-src 'unsafe-inline'; sandbox");
      assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(CLEAN_SVG);
    }
  }

  @Test
  void svgWithAnEventHandlerIsNotServedNorShown() {
    assertThat(pages().get("/immagini/ostile.svg").getStatus().getCode()).isEqualTo(404);

    Document page = pages().html("/articoli/immagini");
    assertThat(page.select("main img").eachAttr("src")).containsExactly("/immagini/pulito.svg");
  }

  @Test
  void pagesKeepTheSitePolicy() {
    assertThat(pages().get("/").getHeaders().getAll("Content-Security-Policy"))
        .singleElement()
        .asString()
        .contains("frame-ancestors 'none'");
  }

  @Test
  void healthCountsWhatWasSkipped() {
    String health = Pages.text(pages().get("/health"));

    // Two links out and an unsafe SVG skipped; the article's short body and its two images that
    // are not published (the unsafe SVG, the link out), found by the checks of loading.
    assertThat(health).contains("\"warning\":6").contains("\"info\":1");
  }
}
