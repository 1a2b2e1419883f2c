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
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** With the fast path off, the controllers serve pages with the same semantics. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControllerPathTest implements TestPropertyProvider {

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  private Pages pages;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties(FrontReplies.FAST_PATH_PROPERTY, "false");
  }

  @BeforeEach
  void pages() {
    pages = new Pages(client.toBlocking());
  }

  @Test
  void servesPagesWithSecurityHeaders() {
    HttpResponse<byte[]> response = pages.get(SeedSiteTest.SEED_000);
    assertThat(response.getStatus().getCode()).isEqualTo(200);
    assertThat(response.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/html; charset=utf-8");
    assertThat(response.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
    assertThat(pages.html(SeedSiteTest.SEED_000).expectFirst(".article__meta time").text())
        .isEqualTo("12 febbraio 2023");
  }

  @Test
  void answersConditionalRequestsWithNotModified() {
    String etag = pages.get("/").header(HttpHeaders.ETAG);
    assertThat(
            pages
                .exchange(HttpRequest.GET("/").header(HttpHeaders.IF_NONE_MATCH, etag))
                .getStatus()
                .getCode())
        .isEqualTo(304);
  }

  @Test
  void servesGzipWhenAskedFor() {
    var gzipped = new RawHttp(server.getURI()).get("/", "Accept-Encoding", "gzip");
    assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
  }
}
