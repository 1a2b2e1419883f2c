package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.TempFolders;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The server over a temporary content folder: hostile HTML, images, live reload, broken edits. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TempContentTest implements TestPropertyProvider {

  private static final byte[] PNG =
      Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

  @Inject
  @Client("/")
  HttpClient client;

  @Inject ContentSnapshots snapshots;

  private Path content;
  private Pages pages;

  @Override
  public Map<String, String> getProperties() {
    try {
      content = Files.createTempDirectory("redazione-web-test");
      Files.createDirectories(content.resolve("foto"));
      Files.write(content.resolve("foto/pic.png"), PNG);
      write(
          "ostile.md",
          """
          ---
          title: Articolo con script
          slug: ostile
          date: 2024-03-05
          image: foto/pic.png
          alt: Un pixel
          caption: La didascalia
          tags: [Sicurezza]
          ---
          Primo paragrafo.<script>alert(1)</script>

          [clicca qui](javascript:alert(1)) e <a href="javascript:alert(2)">anche qui</a>.

          <img src="x" onerror="alert(3)"> <p onclick="alert(4)">Testo</p>

          ![Una foto che esiste](foto/pic.png)

          ![Una foto che manca](foto/manca.png)
          """);
      write(
          "mancante.md",
          """
          ---
          title: Immagine mancante
          slug: mancante
          date: 2024-03-04
          image: foto/manca.png
          alt: Non esiste
          ---
          Un articolo la cui immagine non esiste.
          """);
      write("vivo.md", article("vivo", "Versione uno", "2024-03-03"));
      write("stabile.md", article("stabile", "Versione buona", "2024-03-02"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(ContentSnapshots.CONTENT_PROPERTY, content.toString());
  }

  private static String article(String slug, String title, String date) {
    return "---\ntitle: "
        + title
        + "\nslug: "
        + slug
        + "\ndate: "
        + date
        + "\n---\nIl testo di "
        + title
        + ".\n";
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(content.resolve(name), text);
  }

  @BeforeEach
  void pages() {
    pages = new Pages(client.toBlocking());
  }

  @AfterAll
  void deleteContent() throws IOException {
    TempFolders.delete(content);
  }

  @Test
  void scriptsAndJavascriptLinksRenderInert() {
    Document page = pages.html("/articoli/ostile");
    assertThat(page.select(".article__body script")).isEmpty();
    assertThat(page.select("script")).allMatch(s -> s.attr("type").equals("application/ld+json"));
    assertThat(page.select("a[href]"))
        .noneMatch(a -> a.attr("href").strip().toLowerCase().startsWith("javascript:"));
    assertThat(page.select("[onerror], [onclick], [onload]")).isEmpty();
    assertThat(page.expectFirst(".article__body").text())
        .contains("Primo paragrafo.")
        .contains("clicca qui");
  }

  @Test
  void existingLeadImageIsShownAndServed() {
    Document page = pages.html("/articoli/ostile");
    String src = page.expectFirst("figure.article__image img").attr("src");
    assertThat(src).isEqualTo("/immagini/foto/pic.png");
    assertThat(page.expectFirst("figure.article__image img").attr("alt")).isEqualTo("Un pixel");
    assertThat(page.expectFirst("figure.article__image figcaption").text())
        .isEqualTo("La didascalia");
    HttpResponse<byte[]> image = pages.get(src);
    assertThat(image.getStatus().getCode()).isEqualTo(200);
    assertThat(image.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("image/png");
    assertThat(image.body()).isEqualTo(PNG);
    assertThat(image.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void imagesAnswerConditionalRequestsByTagOrDate() {
    HttpResponse<byte[]> image = pages.get("/immagini/foto/pic.png");
    String etag = image.header(HttpHeaders.ETAG);
    String lastModified = image.header(HttpHeaders.LAST_MODIFIED);

    assertThat(status("/immagini/foto/pic.png", HttpHeaders.IF_NONE_MATCH, etag)).isEqualTo(304);
    assertThat(
            pages
                .exchange(
                    HttpRequest.GET("/immagini/foto/pic.png")
                        .header(HttpHeaders.IF_NONE_MATCH, etag))
                .header(HttpHeaders.CACHE_CONTROL))
        .isEqualTo(image.header(HttpHeaders.CACHE_CONTROL));
    assertThat(status("/immagini/foto/pic.png", HttpHeaders.IF_NONE_MATCH, "W/" + etag))
        .isEqualTo(304);
    assertThat(status("/immagini/foto/pic.png", HttpHeaders.IF_NONE_MATCH, "\"altro\""))
        .isEqualTo(200);
    assertThat(status("/immagini/foto/pic.png", HttpHeaders.IF_MODIFIED_SINCE, lastModified))
        .isEqualTo(304);
    assertThat(
            status(
                "/immagini/foto/pic.png",
                HttpHeaders.IF_MODIFIED_SINCE,
                "Mon, 01 Jan 2001 00:00:00 GMT"))
        .isEqualTo(200);
  }

  private int status(String path, String header, String value) {
    return pages.exchange(HttpRequest.GET(path).header(header, value)).getStatus().getCode();
  }

  @Test
  void bodyImagesPointAtServedFilesAndMissingOnesAreDropped() {
    Document page = pages.html("/articoli/ostile");
    assertThat(page.select(".article__body img").eachAttr("src"))
        .containsExactly("/immagini/foto/pic.png");
  }

  @Test
  void missingLeadImageIsNotRendered() {
    Document page = pages.html("/articoli/mancante");
    // Cards of other articles ("Leggi anche") may show their own images.
    assertThat(page.select("main img:not(.card__image)")).isEmpty();
    assertThat(pages.html("/").select(".card img").eachAttr("src"))
        .containsOnly("/immagini/foto/pic.png");
  }

  @Test
  void editIsSwappedInWithoutRestart() throws IOException {
    write("vivo.md", article("vivo", "Versione due", "2024-03-03"));
    awaitTrue(() -> pages.html("/articoli/vivo").expectFirst("h1").text().equals("Versione due"));
  }

  @Test
  void theBusiestPagesAreRenderedBeforeAReloadedSnapshotIsServed() throws IOException {
    // Requests are counted by the snapshot serving them, and the next snapshot renders the pages
    // its predecessor served most. One more reload swapped in between (an earlier test's edit
    // still loading, or a second file event of the same write) leaves a snapshot that served none
    // of these requests, so the round is tried again, up to three times, each with its own edit.
    boolean warmed = false;
    for (int round = 0; round < 3 && !warmed; round++) {
      for (int i = 0; i < 5; i++) {
        pages.get("/articoli/mancante");
      }
      String slug = "segnale-busy-" + round;
      write(slug + ".md", article(slug, "Segnale " + round, "2024-01-03"));
      awaitTrue(() -> snapshots.current().site().archive().findBySlug(slug).isPresent());
      warmed = snapshots.current().site().cached("/articoli/mancante").isPresent();
    }
    assertThat(warmed)
        .as("rendered in the new snapshot with no request for it since the swap")
        .isTrue();
  }

  @Test
  void brokenEditKeepsTheLastGoodVersion() throws IOException {
    write(
        "stabile.md", "---\ntitle: Versione rotta\nslug: stabile\ndate: 2025-13-45\n---\nTesto.\n");
    write("segnale.md", article("segnale", "Segnale", "2024-01-01"));
    awaitTrue(() -> pages.get("/articoli/segnale").getStatus().getCode() == 200);
    assertThat(pages.html("/articoli/stabile").expectFirst("h1").text())
        .isEqualTo("Versione buona");
  }

  @Test
  void aNewFileWithErrorsIsHeldBackAndCountedByHealth() throws IOException {
    write("nuovo-rotto.md", "---\ntitle: Articolo rotto\ndate: 2025-02-30\n---\nTesto.\n");
    write("segnale-due.md", article("segnale-due", "Secondo segnale", "2024-01-02"));
    awaitTrue(() -> pages.get("/articoli/segnale-due").getStatus().getCode() == 200);
    assertThat(pages.get("/articoli/articolo-rotto").getStatus().getCode()).isEqualTo(404);
    assertThat(pages.html("/").text()).doesNotContain("Articolo rotto");
    assertThat(client.toBlocking().retrieve("/health")).contains("\"heldBack\":1");

    write("nuovo-rotto.md", "---\ntitle: Articolo rotto\ndate: 2025-02-28\n---\nTesto.\n");
    awaitTrue(() -> pages.get("/articoli/articolo-rotto").getStatus().getCode() == 200);
    assertThat(client.toBlocking().retrieve("/health")).contains("\"heldBack\":0");
  }

  @Test
  void folderThatNeverStaysQuietIsStillReloaded() throws Exception {
    write("continuo.md", article("continuo", "Prima versione", "2024-04-04"));
    awaitTrue(() -> pages.get("/articoli/continuo").getStatus().getCode() == 200);
    Instant changed = Instant.now();
    Thread churn =
        new Thread(
            () -> {
              for (int i = 0; !Thread.currentThread().isInterrupted(); i++) {
                try {
                  write("rumore.md", article("rumore", "Rumore " + i, "2024-04-05"));
                  Thread.sleep(100);
                } catch (IOException | InterruptedException e) {
                  return;
                }
              }
            });
    write("continuo.md", article("continuo", "Seconda versione", "2024-04-04"));
    churn.start();
    try {
      awaitTrue(
          () ->
              pages.html("/articoli/continuo").expectFirst("h1").text().equals("Seconda versione"));
    } finally {
      churn.interrupt();
      churn.join();
    }
    assertThat(Duration.between(changed, Instant.now())).isLessThan(Duration.ofSeconds(10));
  }

  private static void awaitTrue(BooleanSupplier condition) {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("the content change was not served within 15 s");
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError(e);
      }
    }
  }
}
