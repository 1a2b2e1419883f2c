package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A large archive's first snapshot is served before its search index exists, then replaced by the
 * indexed one. The seeds stand in for a large archive by lowering the threshold to one article, and
 * the indexing is held back until the test lets it run.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeferredIndexTest implements TestPropertyProvider {

  private static final String HELD = "test.held-indexing";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject HeldIndexing indexing;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties(
        ContentSnapshots.DEFERRED_INDEX_PROPERTY, "1", HELD, "true");
  }

  @Test
  void servesPagesAtOnceAndSearchOnceTheIndexIsBuilt() throws Exception {
    Pages pages = new Pages(client.toBlocking());
    Document home = pages.html("/");
    String article = home.expectFirst(".card__title a").attr("href");
    HttpResponse<byte[]> articleBefore = pages.get(article);

    assertThat(Pages.text(pages.get("/health"))).contains("\"search\":\"building\"");
    assertThat(pages.html(article).select(".related")).isEmpty();
    HttpResponse<byte[]> searchPage = pages.get("/cerca?q=openai");
    assertThat(searchPage.getStatus().getCode()).isEqualTo(503);
    assertThat(searchPage.header(HttpHeaders.RETRY_AFTER)).isEqualTo("5");
    assertThat(Pages.text(searchPage)).contains("Ricerca in preparazione");
    HttpResponse<byte[]> searchApi = pages.get("/api/search?q=openai");
    assertThat(searchApi.getStatus().getCode()).isEqualTo(503);
    assertThat(searchApi.header(HttpHeaders.CONTENT_TYPE)).startsWith("application/json");
    assertThat(Pages.text(searchApi)).contains("\"error\":\"search-unavailable\"");

    indexing.runHeldTask();

    assertThat(Pages.text(pages.get("/health"))).contains("\"search\":\"ready\"");
    assertThat(pages.html("/cerca?q=openai").select(".result__title a")).isNotEmpty();
    assertThat(pages.html(article).select(".related .card__title a")).isNotEmpty();
    HttpResponse<byte[]> articleAfter = pages.get(article);
    assertThat(articleAfter.header(HttpHeaders.ETAG))
        .isNotEqualTo(articleBefore.header(HttpHeaders.ETAG));
    assertThat(lastModified(articleAfter)).isAfter(lastModified(articleBefore));
  }

  private static ZonedDateTime lastModified(HttpResponse<?> response) {
    return ZonedDateTime.parse(
        response.header(HttpHeaders.LAST_MODIFIED), DateTimeFormatter.RFC_1123_DATE_TIME);
  }

  /** Keeps the indexing task until the test runs it. */
  @Singleton
  @Replaces(BackgroundIndexing.class)
  @Requires(property = HELD, value = "true")
  static class HeldIndexing extends BackgroundIndexing {

    private final CompletableFuture<Runnable> held = new CompletableFuture<>();

    @Override
    void start(Runnable indexing) {
      held.complete(indexing);
    }

    /** Runs the indexing task, waiting for the first load to hand it over. */
    void runHeldTask() throws Exception {
      held.get(30, TimeUnit.SECONDS).run();
    }
  }
}
