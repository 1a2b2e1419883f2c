package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A server whose first load of the content folder failed (here the folder does not exist, so its
 * images cannot be listed) has no snapshot: {@code /health} says so with 503, and every other
 * request gets a 500 with the static error page, never a hang.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FirstLoadFailedTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  private Pages pages;

  @Override
  public Map<String, String> getProperties() {
    try {
      var parent = Files.createTempDirectory("redazione-no-content");
      parent.toFile().deleteOnExit();
      return Map.of(
          ContentSnapshots.CONTENT_PROPERTY,
          parent.resolve("missing").toString(),
          ContentWatcher.ENABLED_PROPERTY,
          "false");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @BeforeEach
  void pages() {
    pages = new Pages(client.toBlocking());
  }

  @Test
  void healthIsDownWith503() {
    HttpResponse<byte[]> health = pages.get("/health");
    assertThat(health.getStatus().getCode()).isEqualTo(503);
    assertThat(health.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    assertThat(health.header(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
    assertThat(Pages.text(health)).contains("\"status\":\"DOWN\"");
    assertThat(health.header("X-Frame-Options")).isEqualTo("DENY");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/articoli/qualcosa", "/cerca?q=openai", "/immagini/foto.png", "/feed.xml"})
  void pagesAreTheStaticErrorPageWith500(String path) {
    HttpResponse<byte[]> response = pages.get(path);
    assertThat(response.getStatus().getCode()).as(path).isEqualTo(500);
    assertThat(response.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/html; charset=utf-8");
    SecurityHeaders.ALL.forEach(
        (name, value) -> assertThat(response.header(name)).as(path + " " + name).isEqualTo(value));
    assertThat(Pages.text(response)).contains("<h1>Si è verificato un errore</h1>");
  }

  @Test
  void theApiAnswersJson() {
    HttpResponse<byte[]> response = pages.get("/api/articles");
    assertThat(response.getStatus().getCode()).isEqualTo(500);
    assertThat(Pages.text(response)).contains("\"error\":\"server-error\"");
  }

  @Test
  void aBadRequestStillGetsItsStatus() {
    RawResponse response =
        RawResponse.parse(
            new RawHttp(server.getURI())
                .sendBytes(
                    "GET / HTTP/1.1\r\nHost: x\r\nBadHeader\r\n\r\n"
                        .getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(response.status()).isEqualTo(400);
    response.assertSecurityHeaders("bad request without a snapshot");
  }
}
