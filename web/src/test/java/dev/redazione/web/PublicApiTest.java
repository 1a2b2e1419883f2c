package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redazione.core.Article;
import dev.redazione.core.RemovedLine;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.site.Site;
import dev.redazione.site.SiteRenderer;
import dev.redazione.site.SiteSettings;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The public JSON API over the seed articles: the documented public record of each article, never
 * how it was read (source path, provenance, removed lines, diagnostics), and JSON 404s. A removed
 * line the article page shows anyway (an author's name, read from a byline the cleaning removed) is
 * published by the page and may be in the API too.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicApiTest implements TestPropertyProvider {

  private static final List<String> KEYS =
      List.of(
          "slug",
          "title",
          "subtitle",
          "date",
          "updated",
          "authors",
          "tags",
          "categories",
          "image",
          "summary",
          "headings",
          "bodyHtml",
          "wordCount",
          "readingMinutes",
          "url",
          "related",
          "sameStory");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties(SiteFactory.BASE_URL_PROPERTY, SeedSiteTest.BASE_URL);
  }

  private Pages pages() {
    return new Pages(client.toBlocking());
  }

  private List<Article> seeds() {
    return ContentLoader.create().load(ProjectContent.folder()).archive().articles();
  }

  private JsonNode json(String path) throws IOException {
    HttpResponse<byte[]> response = pages().get(path);
    assertThat(response.getStatus().getCode()).as(path).isEqualTo(200);
    assertThat(response.header(HttpHeaders.CONTENT_TYPE)).as(path).isEqualTo("application/json");
    return JSON.readTree(Pages.text(response));
  }

  @Test
  void articleHasExactlyTheDocumentedKeysInOrder() throws IOException {
    for (Article seed : seeds()) {
      JsonNode article = json("/api/articles/" + seed.slug().value());
      List<String> keys = new ArrayList<>();
      article.fieldNames().forEachRemaining(keys::add);
      assertThat(keys).as(seed.slug().value()).isEqualTo(KEYS);
      assertThat(article.get("url").asText())
          .isEqualTo(SeedSiteTest.BASE_URL + "/articoli/" + seed.slug().value());
      assertThat(article.get("title").asText()).isEqualTo(seed.title());
    }
  }

  @Test
  void articleTellsNothingOfHowItWasRead() throws IOException {
    List<Article> seeds = seeds();
    List<RemovedLine> removed = seeds.stream().flatMap(a -> a.report().removed().stream()).toList();
    assertThat(removed).as("the seeds have furniture lines to leave out").isNotEmpty();
    assertThat(seeds.stream().flatMap(a -> a.report().diagnostics().stream()))
        .as("the seeds have diagnostics to leave out")
        .isNotEmpty();
    int leftOut = 0;
    for (Article seed : seeds) {
      String text = Pages.text(pages().get("/api/articles/" + seed.slug().value()));
      String page = Pages.text(pages().get("/articoli/" + seed.slug().value()));
      JsonNode article = JSON.readTree(text);
      for (String key : List.of("source", "provenance", "removed", "diagnostics", "bodyMarkdown")) {
        assertThat(article.has(key)).as(key).isFalse();
      }
      for (Article any : seeds) {
        assertThat(text).doesNotContain(any.report().source().path());
      }
      for (RemovedLine line : seed.report().removed()) {
        if (!page.contains(line.text())) {
          leftOut++;
          assertThat(text).as("removed line %d", line.line()).doesNotContain(line.text());
        }
      }
      seed.report()
          .diagnostics()
          .forEach(d -> assertThat(text).doesNotContain(d.code()).doesNotContain(d.message()));
    }
    assertThat(leftOut).as("removed lines the article page does not show either").isPositive();
  }

  @Test
  void listingTellsNothingOfHowArticlesWereRead() throws IOException {
    String text = Pages.text(pages().get("/api/articles"));
    for (Article seed : seeds()) {
      assertThat(text).doesNotContain(seed.report().source().path());
    }
    assertThat(JSON.readTree(text).get("articles").get(0).has("source")).isFalse();
  }

  @Test
  void relatedLinksPointAtPagesAndApi() throws IOException {
    List<JsonNode> links = new ArrayList<>();
    for (Article seed : seeds()) {
      JsonNode article = json("/api/articles/" + seed.slug().value());
      article.get("related").forEach(links::add);
      article.get("sameStory").forEach(links::add);
    }
    assertThat(links).isNotEmpty();
    for (JsonNode link : links) {
      String slug = link.get("slug").asText();
      assertThat(link.get("url").asText()).isEqualTo(SeedSiteTest.BASE_URL + "/articoli/" + slug);
      assertThat(link.get("api").asText()).isEqualTo("/api/articles/" + slug + ".json");
      assertThat(json(link.get("api").asText()).get("title").asText())
          .isEqualTo(link.get("title").asText());
    }
  }

  @Test
  void everyApiFileOfTheStaticExportIsWhatTheServerAnswersAtItsPath() {
    LoadResult load = ContentLoader.create().load(ProjectContent.folder());
    Site export =
        SiteRenderer.create(SiteSettings.of(SeedSiteTest.BASE_URL), LuceneSearchFactory.create())
            .snapshot(load.archive(), load.images(), Instant.now());
    List<String> files = export.routes().stream().filter(r -> r.startsWith("/api/")).toList();

    assertThat(files).hasSize(1 + seeds().size());
    for (String file : files) {
      byte[] exported = export.render(file).orElseThrow().body();
      HttpResponse<byte[]> answer = pages().get(file);
      assertThat(answer.getStatus().getCode()).as(file).isEqualTo(200);
      assertThat(answer.header(HttpHeaders.CONTENT_TYPE)).as(file).isEqualTo("application/json");
      assertThat(new String(answer.body(), StandardCharsets.UTF_8))
          .as(file)
          .isEqualTo(new String(exported, StandardCharsets.UTF_8));
      String withoutExtension = file.substring(0, file.length() - ".json".length());
      assertThat(pages().get(withoutExtension).body())
          .as(withoutExtension)
          .isEqualTo(answer.body());
    }
  }

  @Test
  void unknownSlugAndPageBeyondTheEndAreJson404s() throws IOException {
    for (String path : List.of("/api/articles/non-esiste", "/api/articles?pagina=99")) {
      HttpResponse<byte[]> response = pages().get(path);
      assertThat(response.getStatus().getCode()).as(path).isEqualTo(404);
      assertThat(response.header(HttpHeaders.CONTENT_TYPE)).as(path).isEqualTo("application/json");
      assertThat(JSON.readTree(Pages.text(response)).get("error").asText()).isEqualTo("not-found");
    }
  }

  @Test
  void pagesOutsideTheApiStayHtml404s() {
    HttpResponse<byte[]> response = pages().get("/articoli/non-esiste");
    assertThat(response.getStatus().getCode()).isEqualTo(404);
    assertThat(response.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/html; charset=utf-8");
  }
}
