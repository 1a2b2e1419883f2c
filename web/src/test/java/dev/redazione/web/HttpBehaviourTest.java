package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Conditional requests, compression and path traversal, against the server over the seeds. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HttpBehaviourTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  private Pages pages;
  private RawHttp raw;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties();
  }

  @BeforeEach
  void clients() {
    pages = new Pages(client.toBlocking());
    raw = new RawHttp(server.getURI());
  }

  @Test
  void matchingEtagGivesNotModified() {
    HttpResponse<byte[]> first = pages.get(SeedSiteTest.SEED_000);
    String etag = first.header(HttpHeaders.ETAG);
    assertThat(etag).matches("\"[A-Za-z0-9_-]+\"");
    HttpResponse<byte[]> again =
        pages.exchange(
            HttpRequest.GET(SeedSiteTest.SEED_000).header(HttpHeaders.IF_NONE_MATCH, etag));
    assertThat(again.getStatus().getCode()).isEqualTo(304);
    assertThat(again.header(HttpHeaders.ETAG)).isEqualTo(etag);
    assertThat(again.getBody(byte[].class)).isEmpty();
  }

  @Test
  void staleEtagGivesTheFullPage() {
    HttpResponse<byte[]> response =
        pages.exchange(
            HttpRequest.GET(SeedSiteTest.SEED_000).header(HttpHeaders.IF_NONE_MATCH, "\"old\""));
    assertThat(response.getStatus().getCode()).isEqualTo(200);
    assertThat(Pages.text(response)).contains("<h1");
  }

  @Test
  void unchangedSinceLastModifiedGivesNotModified() {
    String lastModified = pages.get("/feed.xml").header(HttpHeaders.LAST_MODIFIED);
    assertThat(lastModified).endsWith("GMT");
    HttpResponse<byte[]> again =
        pages.exchange(
            HttpRequest.GET("/feed.xml").header(HttpHeaders.IF_MODIFIED_SINCE, lastModified));
    assertThat(again.getStatus().getCode()).isEqualTo(304);
  }

  @Test
  void gzipIsServedWhenAskedFor() throws IOException {
    var plain = raw.get(SeedSiteTest.SEED_000);
    var gzipped = raw.get(SeedSiteTest.SEED_000, "Accept-Encoding", "gzip, deflate");
    assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(gzipped.headers().firstValue("Vary"))
        .hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("accept-encoding"));
    assertThat(gzipped.body().length).isLessThan(plain.body().length);
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    }
    assertThat(gzipped.headers().firstValue("ETag"))
        .isNotEqualTo(plain.headers().firstValue("ETag"));
  }

  @Test
  void noGzipWhenNotAsked() {
    assertThat(raw.get(SeedSiteTest.SEED_000).headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(
            raw.get(SeedSiteTest.SEED_000, "Accept-Encoding", "gzip;q=0")
                .headers()
                .firstValue("Content-Encoding"))
        .isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/immagini/../pom.xml",
        "/immagini/..%2fpom.xml",
        "/immagini/%2e%2e/pom.xml",
        "/immagini/%2E%2E/%2E%2E/pom.xml",
        "/immagini/%2e%2e%2fpom.xml",
        "/immagini//etc/passwd",
        "/immagini/%2fetc%2fpasswd",
        "/immagini/..%5c..%5cpom.xml",
        "/immagini/000_02faa98d529d078a.txt",
        "/articoli/..%2f..%2fpom.xml",
        "/assets/../pom.xml",
        "/assets/%2e%2e/%2e%2e/pom.xml",
        "/%2e%2e/pom.xml"
      })
  void traversalIsRefused(String path) {
    var response = raw.get(path);
    assertThat(response.statusCode()).as(path).isIn(400, 404);
    String body = new String(response.body(), StandardCharsets.UTF_8);
    assertThat(body)
        .as(path)
        .doesNotContain("<modelVersion>")
        .doesNotContain("root:")
        .doesNotContain("partnership tra OpenAI e Microsoft si espande\n");
    assertThat(body)
        .as(path)
        .doesNotContain("Exception")
        .doesNotContain(ProjectContent.folder().toString());
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrder() {
    String responses =
        raw.sendRaw(
            "GET /non-esiste HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /robots.txt HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /robots.txt HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    assertThat(
            java.util.regex.Pattern.compile("HTTP/1\\.1 \\d{3} [A-Za-z ]+\r\n")
                .matcher(responses)
                .results()
                .map(m -> m.group().strip()))
        .containsExactly(
            "HTTP/1.1 404 Not Found", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK", "HTTP/1.1 200 OK");
    int notFound = responses.indexOf("Pagina non trovata");
    int robots = responses.indexOf("User-agent: *");
    int health = responses.indexOf("\"status\":\"UP\"");
    int robotsAgain = responses.indexOf("User-agent: *", robots + 1);
    assertThat(notFound).isPositive().isLessThan(robots);
    assertThat(robots).isLessThan(health);
    assertThat(health).isLessThan(robotsAgain);
  }

  @Test
  void malformedRequestsGetAStyledPageWithoutDetails() {
    String response = raw.sendRequestLine("GET /articoli/%zz%%/..%c0%af HTTP/1.1");
    assertThat(response).matches("(?s)HTTP/1\\.1 40[04] .*");
    assertThat(response)
        .contains("<h1>Richiesta non valida</h1>")
        .doesNotContain("Exception")
        .doesNotContain("at dev.");
  }
}
