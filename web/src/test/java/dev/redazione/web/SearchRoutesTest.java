package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The search page, the search API and the article pages' related articles over the seeds. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchRoutesTest implements TestPropertyProvider {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Inject
  @Client("/")
  HttpClient client;

  @Inject EmbeddedServer server;

  private Pages pages;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties();
  }

  @BeforeEach
  void pages() {
    pages = new Pages(client.toBlocking());
  }

  private static String search(String text) {
    return "/cerca?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private JsonNode api(String query) throws IOException {
    HttpResponse<byte[]> response = pages.get("/api/search?" + query);
    assertThat(response.getStatus().getCode()).isEqualTo(200);
    assertThat(response.header(HttpHeaders.CONTENT_TYPE)).startsWith("application/json");
    return JSON.readTree(Pages.text(response));
  }

  @Test
  void searchPageListsTheHitsWithMarkedTitles() {
    Document page = pages.html(search("Stargate"));
    assertThat(page.select(".result")).hasSize(2);
    assertThat(page.select(".result__passage mark").eachText()).allMatch(t -> t.equals("Stargate"));
    assertThat(page.expectFirst(".search__summary").text()).isEqualTo("2 risultati per «Stargate»");
    assertThat(page.select(".result__title a").eachAttr("href"))
        .allMatch(h -> h.startsWith("/articoli/"));
  }

  @Test
  void searchPageWorksAsAPlainFormWithoutJavaScript() {
    Document page = pages.html(search("accordo Microsoft"));
    Element form = page.expectFirst("form.search-page-form");
    assertThat(form.attr("action")).isEqualTo("/cerca");
    assertThat(form.attr("method")).isEqualTo("get");
    assertThat(form.expectFirst("input[name=q]").val()).isEqualTo("accordo Microsoft");
    assertThat(page.select("script")).isEmpty();
    assertThat(page.expectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
  }

  @Test
  void yearFacetIsALinkThatFiltersTheResults() {
    Document page = pages.html(search("Microsoft"));
    Element year =
        page.select(".facets a").stream()
            .filter(a -> a.text().startsWith("2025"))
            .findFirst()
            .orElseThrow();
    assertThat(year.attr("href")).isEqualTo("/cerca?q=Microsoft&anno=2025");
    Document filtered = pages.html(year.attr("href"));
    assertThat(filtered.select(".result")).hasSize(1);
    assertThat(filtered.expectFirst(".facets a[aria-current=true]").attr("href"))
        .isEqualTo("/cerca?q=Microsoft");
  }

  @Test
  void tagFacetIsALinkThatFiltersTheResults() {
    Document page = pages.html(search("Microsoft"));
    Element tag =
        page.select(".facets a").stream()
            .filter(a -> a.attr("href").contains("&tag=chatgpt"))
            .findFirst()
            .orElseThrow();
    int count = Integer.parseInt(tag.expectFirst(".count").text());
    assertThat(pages.html(tag.attr("href")).select(".result")).hasSize(count);
  }

  @Test
  void pageBeyondTheLastShowsTheLastPage() {
    Document page = pages.html(search("Microsoft") + "&pagina=7");
    assertThat(page.select(".result")).hasSize(5);
  }

  @Test
  void noResultsProposeTheClosestWordAsALink() {
    Document page = pages.html(search("Stargte"));
    assertThat(page.select(".result")).isEmpty();
    Element suggestion = page.expectFirst(".search__suggestion a");
    assertThat(suggestion.text()).isEqualTo("Stargate");
    assertThat(suggestion.attr("href")).isEqualTo("/cerca?q=Stargate");
  }

  @Test
  void queryTextIsEscapedInThePage() {
    Document page = pages.html(search("<script>alert(1)</script>"));
    assertThat(page.select("script")).isEmpty();
    assertThat(page.expectFirst("input#cerca-pagina-q").val())
        .isEqualTo("<script>alert(1)</script>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "q=",
        "q=%22",
        "q=%28",
        "q=*",
        "q=AND",
        "q=%22accordo",
        "q=a&q=b",
        "q=%00",
        "q=%F0%9F%98%80",
        "q=l%E2%80%99",
        "pagina=abc",
        "q=Microsoft&pagina=0",
        "q=Microsoft&pagina=99999999999",
        "q=Microsoft&anno=abcd",
        "q=Microsoft&anno=99999",
        "q=Microsoft&tag=..%2F..%2Fetc",
        "q=Microsoft&tag=",
        "tag=openai",
        "&&&",
        "=",
        "q",
        "q=+%2B+-+"
      })
  void malformedSearchesAnswerWithAPage(String query) {
    assertThat(pages.get("/cerca?" + query).getStatus().getCode()).as(query).isEqualTo(200);
    assertThat(pages.get("/api/search?" + query).getStatus().getCode()).as(query).isEqualTo(200);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/cerca?q=%E0%A4%A", "/cerca?q=%zz", "/api/search?q=100%", "/cerca?q=\"(*"})
  void rawMalformedTargetsNeverFailTheServer(String target) {
    String response = new RawHttp(server.getURI()).sendRequestLine("GET " + target + " HTTP/1.1");
    assertThat(response).as(target).startsWith("HTTP/1.1 ").doesNotStartWith("HTTP/1.1 5");
    assertThat(response).doesNotContain("Exception", "at dev.redazione");
  }

  @Test
  void veryLongQueryIsCutAndAnswered() {
    String text = "Stargate ".repeat(400);
    Document page = pages.html(search(text));
    assertThat(page.expectFirst("input#cerca-pagina-q").val()).hasSizeLessThanOrEqualTo(200);
  }

  @Test
  void apiAnswersHitsFacetsAndHighlightsAsJson() throws IOException {
    JsonNode results = api("q=Nadella");
    assertThat(results.get("total").asInt()).isEqualTo(2);
    assertThat(results.get("hits")).hasSize(2);
    for (JsonNode hit : results.get("hits")) {
      assertThat(hit.get("passageHtml").asText()).contains("<mark>Nadella</mark>");
      assertThat(hit.get("url").asText()).contains("/articoli/" + hit.get("slug").asText());
    }
    assertThat(results.get("years").findValuesAsText("year")).isNotEmpty();
    assertThat(results.get("suggestion").isNull()).isTrue();
  }

  @Test
  void apiAnswersAnEmptyQueryWithNoHits() throws IOException {
    JsonNode results = api("q=");
    assertThat(results.get("total").asInt()).isZero();
    assertThat(results.get("hits")).isEmpty();
  }

  @Test
  void articlePageGroupsTheReportsOfTheSameNews() {
    Document results = pages.html(search("fine partnership esclusiva"));
    String url = results.expectFirst(".result__title a").attr("href");
    Document article = pages.html(url);
    assertThat(article.expectFirst(".same-story h2").text()).isEqualTo("Sulla stessa notizia");
    List<String> same = article.select(".same-story .card__title a").eachText();
    assertThat(same).singleElement().asString().contains("Stargate");
    assertThat(article.select(".same-story .related__reason").eachText())
        .containsExactly("stessa notizia: Progetto Stargate, diritto di prelazione, gennaio 2025");
    assertThat(article.select(".related .card__title a").eachText())
        .doesNotContainAnyElementsOf(same);
  }

  @Test
  void articlePageExplainsEachRelatedArticle() {
    Document article =
        pages.html(pages.html(search("divorzio")).expectFirst(".result__title a").attr("href"));
    assertThat(article.expectFirst(".related h2").text()).isEqualTo("Leggi anche");
    assertThat(article.select(".related__reason").eachText())
        .isNotEmpty()
        .allMatch(reason -> reason.startsWith("stessi temi: ") || reason.equals("testo simile"));
    assertThat(article.select(".same-story")).isEmpty();
  }

  @Test
  void searchPagesAreCompressedWhenAskedForAndNeverStored() throws IOException {
    RawHttp raw = new RawHttp(server.getURI());
    var plain = raw.get(search("accordo"));
    var gzipped = raw.get(search("accordo"), "Accept-Encoding", "gzip");

    assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(gzipped.headers().firstValue("Cache-Control")).contains("no-store");
    assertThat(gzipped.headers().firstValue("Vary"))
        .hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("accept-encoding"));
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
      assertThat(in.readAllBytes()).isEqualTo(plain.body());
    }
  }
}
