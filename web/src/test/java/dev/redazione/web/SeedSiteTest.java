package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The server over the five seed articles: every route, its status, type and key content. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedSiteTest implements TestPropertyProvider {

  static final String BASE_URL = "https://redazione.example";
  static final String SEED_000 = "/articoli/microsoft-openai";

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  private Pages pages;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties(SiteFactory.BASE_URL_PROPERTY, BASE_URL);
  }

  @BeforeEach
  void pages() {
    pages = new Pages(client.toBlocking());
  }

  private Element cardWhere(String selector) {
    return pages.html("/").select(".card").stream()
        .filter(card -> !card.select(selector).isEmpty())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no card on the home page has " + selector));
  }

  @Test
  void homeListsEverySeedArticle() {
    HttpResponse<byte[]> response = pages.get("/");
    assertThat(response.getStatus().getCode()).isEqualTo(200);
    assertThat(response.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/html; charset=utf-8");
    Document home = pages.html("/");
    assertThat(home.expectFirst("html").attr("lang")).isEqualTo("it");
    assertThat(home.select(".card")).hasSize(5);
    assertThat(home.select(".card__title a").eachText())
        .contains(
            "La partnership tra OpenAI e Microsoft si espande per far progredire la ricerca sull'IA.");
  }

  @Test
  void homeAnswersTheQueryFormOfTheFirstPage() {
    assertThat(pages.html("/?pagina=1").select(".card")).hasSize(5);
  }

  @Test
  void seed000ShowsTitleDayDateAndTags() {
    Document article = pages.html(SEED_000);
    assertThat(article.expectFirst("h1").text())
        .isEqualTo(
            "La partnership tra OpenAI e Microsoft si espande per far progredire la ricerca sull'IA.");
    assertThat(article.expectFirst(".article__meta time").text()).isEqualTo("12 febbraio 2023");
    assertThat(article.select(".article__tags a").eachText())
        .contains("OpenAI", "Microsoft", "Azure", "GitHub Copilot", "DALL·E");
  }

  @Test
  void seed000MissingLeadImageIsNotRendered() {
    Document article = pages.html(SEED_000);
    assertThat(article.select("main img")).isEmpty();
    assertThat(article.select("meta[property=og:image]")).isEmpty();
  }

  @Test
  void seed002ShowsItsMonthPrecisionDate() {
    Element card = cardWhere("time[datetime=2025-01]");
    assertThat(card.expectFirst("time").text()).isEqualTo("gennaio 2025");
    Document article = pages.html(card.expectFirst(".card__title a").attr("href"));
    assertThat(article.expectFirst(".article__meta time").text()).isEqualTo("gennaio 2025");
  }

  @Test
  void seed002TeaserAndBodyStartAtTheSentenceItsDerivedTitleCameFrom() {
    Element card = cardWhere("time[datetime=2025-01]");
    assertThat(card.expectFirst(".card__teaser").text())
        .startsWith("Microsoft ha annunciato la sua volontà di collaborare");
    Document article = pages.html(card.expectFirst(".card__title a").attr("href"));
    assertThat(article.expectFirst(".article__body p").text())
        .startsWith("Microsoft ha annunciato la sua volontà di collaborare");
  }

  @Test
  void seed000SubtitleLeavesTheImageCreditToTheImage() {
    Document article = pages.html(SEED_000);
    assertThat(article.expectFirst(".article__subtitle").text())
        .isEqualTo(
            "Un investimento multimiliardario per promuovere un'IA sicura, utile e potente.");
    assertThat(cardWhere("a[href=" + SEED_000 + "]").expectFirst(".card__teaser").text())
        .doesNotContain("[Immagine");
  }

  @Test
  void theYearPageLinksToItsMonths() {
    assertThat(pages.html("/archivio/2023").select("nav.listing__months a").eachAttr("href"))
        .containsExactly("/archivio/2023/02");
  }

  @Test
  void seed003CreditsClaudioGarau() {
    Element card = cardWhere(".card__title a:contains(divorzio)");
    Document article = pages.html(card.expectFirst(".card__title a").attr("href"));
    assertThat(article.select("a[rel=author]").eachText()).contains("Claudio Garau");
    assertThat(pages.html("/autori/claudio-garau").select(".card__title a").eachText())
        .anyMatch(title -> title.contains("divorzio"));
  }

  @Test
  void articleHeadHasCanonicalSocialCardsAndJsonLd() throws IOException {
    Document article = pages.html(SEED_000);
    assertThat(article.expectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(BASE_URL + SEED_000);
    assertThat(article.expectFirst("meta[property=og:url]").attr("content"))
        .isEqualTo(BASE_URL + SEED_000);
    assertThat(article.expectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    JsonNode jsonLd =
        new ObjectMapper().readTree(article.expectFirst("script[type=application/ld+json]").data());
    assertThat(jsonLd.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(jsonLd.get("datePublished").asText()).isEqualTo("2023-02-12");
  }

  @Test
  void listingsAnswerWithTheirArticles() {
    assertThat(pages.html("/tag/openai").select(".card")).isNotEmpty();
    assertThat(pages.html("/categorie/ai").select(".card__title a").eachText())
        .contains(
            "La partnership tra OpenAI e Microsoft si espande per far progredire la ricerca sull'IA.");
    assertThat(pages.html("/archivio/2023").select(".card")).isNotEmpty();
    assertThat(pages.html("/archivio/2023/02").expectFirst("h1").text())
        .isEqualTo("Archivio: febbraio 2023");
    assertThat(pages.html("/archivio").select(".archive__year h2 a").eachText()).contains("2023");
  }

  @Test
  void indexesListTermsWithCounts() {
    assertThat(pages.html("/tag").select(".term-list a[href=/tag/openai] .count").text())
        .endsWith("articoli");
    assertThat(pages.html("/categorie").select(".term-list a[href=/categorie/ai]")).hasSize(1);
    assertThat(pages.html("/autori").select("h1").text()).isEqualTo("Tutti gli autori");
  }

  @Test
  void unknownPagesAreStyled404s() {
    for (String path :
        List.of(
            "/articoli/non-esiste",
            "/tag/non-esiste",
            "/categorie/nulla",
            "/autori/nessuno",
            "/pagina/2",
            "/pagina/999999",
            "/?pagina=abc",
            "/archivio/1999",
            "/archivio/2023/13",
            "/nope")) {
      HttpResponse<byte[]> response = pages.get(path);
      assertThat(response.getStatus().getCode()).as(path).isEqualTo(404);
      assertThat(response.header(HttpHeaders.CONTENT_TYPE))
          .as(path)
          .isEqualTo("text/html; charset=utf-8");
      Document page = org.jsoup.Jsoup.parse(Pages.text(response));
      assertThat(page.expectFirst("h1").text()).as(path).isEqualTo("Pagina non trovata");
      assertThat(page.select("link[rel=stylesheet]")).as(path).hasSize(1);
      assertThat(page.select("main form[action=/cerca] input[name=q]")).as(path).hasSize(1);
      assertThat(page.select("main a[href=/archivio]")).as(path).hasSize(1);
    }
  }

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (String path : List.of("/", SEED_000, "/feed.xml", "/nope", "/health")) {
      HttpResponse<byte[]> response = pages.get(path);
      assertThat(response.header("Content-Security-Policy"))
          .as(path)
          .contains("frame-ancestors 'none'")
          .contains("default-src 'none'")
          .doesNotContain("unsafe-inline");
      assertThat(response.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
      assertThat(response.header("Referrer-Policy"))
          .as(path)
          .isEqualTo("strict-origin-when-cross-origin");
    }
  }

  @Test
  void pagesAreNeverRenderedWithInlineScript() {
    Document article = pages.html(SEED_000);
    assertThat(article.select("script"))
        .allMatch(script -> script.attr("type").equals("application/ld+json"));
    assertThat(article.select("[style], [onclick], [onload]")).isEmpty();
  }

  @Test
  void stylesheetIsServedAsCss() {
    String href = pages.html("/").expectFirst("link[rel=stylesheet]").attr("href");
    HttpResponse<byte[]> css = pages.get(href);
    assertThat(css.getStatus().getCode()).isEqualTo(200);
    assertThat(css.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/css; charset=utf-8");
    assertThat(Pages.text(css)).contains("prefers-color-scheme: dark");
  }

  @Test
  void robotsTxtPointsAtTheSitemap() {
    HttpResponse<byte[]> robots = pages.get("/robots.txt");
    assertThat(robots.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/plain; charset=utf-8");
    assertThat(Pages.text(robots).lines()).contains("Sitemap: " + BASE_URL + "/sitemap.xml");
  }

  @Test
  void healthReportsArticlesAndDiagnostics() throws IOException {
    HttpResponse<byte[]> health = pages.get("/health");
    assertThat(health.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    JsonNode json = new ObjectMapper().readTree(Pages.text(health));
    assertThat(json.get("status").asText()).isEqualTo("UP");
    assertThat(json.get("articles").asInt()).isEqualTo(5);
    assertThat(json.get("diagnostics").has("warning")).isTrue();
  }

  @Test
  void apiListsSummariesAndServesCanonicalJson() throws IOException {
    HttpResponse<byte[]> list = pages.get("/api/articles");
    assertThat(list.header(HttpHeaders.CONTENT_TYPE)).isEqualTo("application/json");
    JsonNode page = new ObjectMapper().readTree(Pages.text(list));
    assertThat(page.get("totalArticles").asInt()).isEqualTo(5);
    assertThat(page.get("articles")).hasSize(5);
    JsonNode first = page.get("articles").get(0);
    assertThat(first.get("url").asText()).startsWith(BASE_URL + "/articoli/");
    JsonNode article =
        new ObjectMapper().readTree(Pages.text(pages.get(first.get("api").asText())));
    assertThat(article.get("slug").asText()).isEqualTo(first.get("slug").asText());
    assertThat(article.get("title").asText()).isEqualTo(first.get("title").asText());
  }

  @Test
  void headAnswersWithHeadersOnly() {
    HttpResponse<byte[]> head = pages.exchange(HttpRequest.HEAD(SEED_000));
    assertThat(head.getStatus().getCode()).isEqualTo(200);
    assertThat(head.header(HttpHeaders.ETAG)).isNotBlank();
    assertThat(head.getBody(byte[].class)).isEmpty();
  }

  @Test
  void otherMethodsAreNotAllowed() {
    HttpResponse<byte[]> post = pages.exchange(HttpRequest.POST(SEED_000, "x"));
    assertThat(post.getStatus().getCode()).isEqualTo(405);
    assertThat(post.header(HttpHeaders.ALLOW)).contains("GET").contains("HEAD");
    assertThat(org.jsoup.Jsoup.parse(Pages.text(post)).expectFirst("h1").text())
        .isEqualTo("Operazione non consentita");
    assertThat(pages.exchange(HttpRequest.DELETE("/")).getStatus().getCode()).isEqualTo(405);
  }
}
