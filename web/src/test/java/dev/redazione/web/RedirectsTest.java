package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.TempFolders;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Old addresses over the real server: front-matter aliases and slugs that change while it runs are
 * answered with a 301 to the article, never followed by the client.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedirectsTest implements TestPropertyProvider {

  @Inject EmbeddedServer server;

  private Path content;
  private RawHttp http;

  @Override
  public Map<String, String> getProperties() {
    try {
      content = Files.createTempDirectory("redazione-redirects-test");
      write(
          "trasloco.md",
          """
          ---
          title: Il nuovo titolo del trasloco
          date: 2024-05-02
          aliases:
            - il-vecchio-titolo
            - /2024/05/trasloco.html
            - /notizie/trasloco/
          ---
          Il testo del trasloco.
          """);
      write(
          "rinominato.md",
          "---\ntitle: Primo titolo\ndate: 2024-05-01\n---\nIl testo che cambia titolo.\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(ContentSnapshots.CONTENT_PROPERTY, content.toString());
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(content.resolve(name), text);
  }

  @BeforeEach
  void client() {
    http = new RawHttp(server.getURI());
  }

  @AfterAll
  void deleteContent() throws IOException {
    TempFolders.delete(content);
  }

  @Test
  void anOldSlugAliasIsAPermanentRedirectToTheArticle() {
    HttpResponse<byte[]> response = http.get("/articoli/il-vecchio-titolo");

    assertThat(response.statusCode()).isEqualTo(301);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/articoli/il-nuovo-titolo-del-trasloco");
    assertThat(http.get("/articoli/il-nuovo-titolo-del-trasloco").statusCode()).isEqualTo(200);
  }

  @Test
  void aPathAliasRedirectsWithOrWithoutItsTrailingSlashAndKeepsTheQuery() {
    assertThat(http.get("/2024/05/trasloco.html").headers().firstValue("Location"))
        .hasValue("/articoli/il-nuovo-titolo-del-trasloco");
    HttpResponse<byte[]> slash = http.get("/notizie/trasloco/?da=feed");
    assertThat(slash.statusCode()).isEqualTo(301);
    assertThat(slash.headers().firstValue("Location"))
        .hasValue("/articoli/il-nuovo-titolo-del-trasloco?da=feed");
  }

  @Test
  void aPathThatIsNoAliasIsStillNotFound() {
    assertThat(http.get("/2024/05/altro.html").statusCode()).isEqualTo(404);
  }

  @Test
  void aSlugThatChangesOnReloadRedirectsToTheNewOneAndFollowsASecondChange() throws IOException {
    assertThat(http.get("/articoli/primo-titolo").statusCode()).isEqualTo(200);

    write(
        "rinominato.md",
        "---\ntitle: Secondo titolo\ndate: 2024-05-01\n---\nIl testo che cambia titolo.\n");
    awaitTrue(() -> http.get("/articoli/secondo-titolo").statusCode() == 200);
    HttpResponse<byte[]> moved = http.get("/articoli/primo-titolo");
    assertThat(moved.statusCode()).isEqualTo(301);
    assertThat(moved.headers().firstValue("Location")).hasValue("/articoli/secondo-titolo");

    write(
        "rinominato.md",
        "---\ntitle: Terzo titolo\ndate: 2024-05-01\n---\nIl testo che cambia titolo.\n");
    awaitTrue(() -> http.get("/articoli/terzo-titolo").statusCode() == 200);
    assertThat(http.get("/articoli/primo-titolo").headers().firstValue("Location"))
        .hasValue("/articoli/terzo-titolo");
    assertThat(http.get("/articoli/secondo-titolo").headers().firstValue("Location"))
        .hasValue("/articoli/terzo-titolo");
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
