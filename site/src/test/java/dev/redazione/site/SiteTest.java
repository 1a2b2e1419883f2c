package dev.redazione.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redazione.core.Archive;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.testkit.TestArticles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.NodeList;

class SiteTest {

  private static final SiteRenderer RENDERER =
      SiteRenderer.create(
          SiteSettings.of("https://redazione.example/"), LuceneSearchFactory.create());
  private static final String PARTNERSHIP =
      "/articoli/la-partnership-tra-openai-e-microsoft-si-espande";
  private static final String STARGATE = "/articoli/microsoft-e-il-progetto-stargate";
  private static final String DIVORCE = "/articoli/microsoft-e-openai-pensano-al-divorzio";

  private final Site site =
      RENDERER.snapshot(TestArticles.seedShapedArchive(), ImageCatalog.empty(), Instant.now());

  private Document html(Site from, String path) {
    RenderedPage page =
        from.render(path).orElseThrow(() -> new AssertionError("no page at " + path));
    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    return Jsoup.parse(
        new String(page.body(), StandardCharsets.UTF_8), "https://redazione.example" + path);
  }

  private Document html(String path) {
    return html(site, path);
  }

  @Test
  void homeListsArticlesNewestFirstWithUndatedLast() {
    assertThat(html("/").select(".card__title a").eachText())
        .containsExactly(
            "Microsoft e il progetto Stargate",
            "La partnership tra OpenAI e Microsoft si espande",
            "Microsoft e OpenAI pensano al divorzio?");
  }

  @Test
  void everyHtmlPageDeclaresTheSecurityPolicyBeforeLoadingAnything() {
    for (String path : site.routes()) {
      RenderedPage page = site.render(path).orElseThrow();
      if (!page.contentType().startsWith("text/html")) {
        continue;
      }
      Document document = html(path);
      Element meta = document.head().child(1);
      assertThat(meta.attr("http-equiv")).as(path).isEqualTo("Content-Security-Policy");
      assertThat(meta.attr("content"))
          .as(path)
          .isEqualTo(
              "default-src 'none'; style-src 'self'; img-src 'self'; font-src 'self';"
                  + " script-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'");
    }
    Document notFound = Jsoup.parse(new String(site.notFound().body(), StandardCharsets.UTF_8));
    assertThat(notFound.select("meta[http-equiv=Content-Security-Policy]")).hasSize(1);
  }

  @Test
  void everyPageIsItalianWithOneMainLandmarkAndASearchForm() {
    for (String path : List.of("/", PARTNERSHIP, "/tag/openai", "/archivio", "/autori")) {
      Document page = html(path);
      assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("it");
      assertThat(page.select("main#contenuto")).as(path).hasSize(1);
      assertThat(page.select("a.skip-link[href=#contenuto]")).as(path).hasSize(1);
      Element form = page.expectFirst("header form[role=search]");
      assertThat(form.attr("action")).isEqualTo("/cerca");
      assertThat(form.attr("method")).isEqualTo("get");
      assertThat(form.select("input[name=q]")).hasSize(1);
    }
  }

  @Test
  void articleShowsItsDayPrecisionDateInItalian() {
    Element time = html(PARTNERSHIP).expectFirst(".article__meta time");
    assertThat(time.text()).isEqualTo("12 febbraio 2023");
    assertThat(time.attr("datetime")).isEqualTo("2023-02-12");
  }

  @Test
  void articleShowsAMonthPrecisionDateAsTheMonth() {
    Element time = html(STARGATE).expectFirst(".article__meta time");
    assertThat(time.text()).isEqualTo("gennaio 2025");
    assertThat(time.attr("datetime")).isEqualTo("2025-01");
  }

  @Test
  void undatedArticleSaysTheDateIsNotGiven() {
    Document page = html(DIVORCE);
    assertThat(page.select(".article__meta time")).isEmpty();
    assertThat(page.expectFirst(".article__meta .date-unknown").text())
        .isEqualTo("Data non indicata");
  }

  @Test
  void articleCreditsItsAuthorWithBio() {
    Document page = html(DIVORCE);
    assertThat(page.expectFirst("a[rel=author]").text()).isEqualTo("Claudio Garau");
    assertThat(page.expectFirst("a[rel=author]").attr("href")).isEqualTo("/autori/claudio-garau");
    assertThat(page.expectFirst(".author-box p").text())
        .isEqualTo("Giornalista, si occupa di tecnologia.");
  }

  @Test
  void articleLinksItsTagsAndRelatedArticlesBySharedTags() {
    Document page = html(PARTNERSHIP);
    assertThat(page.select(".article__tags a").eachText())
        .containsExactly("OpenAI", "Microsoft", "Azure");
    assertThat(page.select(".related .card__title a").eachText())
        .containsExactly(
            "Microsoft e OpenAI pensano al divorzio?", "Microsoft e il progetto Stargate");
  }

  @Test
  void leadImageAndBodyImageWithoutAFileAreNotRendered() {
    Document page = html(PARTNERSHIP);
    assertThat(page.select("main img")).isEmpty();
    assertThat(page.select("meta[property=og:image]")).isEmpty();
  }

  @Test
  void leadImageWithAFileIsRenderedWithAltAndCaption(@TempDir Path content) throws IOException {
    Files.createDirectories(content.resolve("images"));
    Files.write(content.resolve("images/loghi.png"), new byte[] {1});
    Site withImages =
        RENDERER.snapshot(
            TestArticles.seedShapedArchive(), ImageCatalog.scan(content), Instant.now());
    Document page = html(withImages, PARTNERSHIP);
    Element img = page.expectFirst("figure.article__image img");
    assertThat(img.attr("src")).isEqualTo("/immagini/images/loghi.png");
    assertThat(img.attr("alt")).isEqualTo("I loghi di Microsoft e OpenAI");
    assertThat(page.expectFirst("figure.article__image figcaption").text())
        .isEqualTo("Immagine dal blog ufficiale");
    assertThat(page.expectFirst("meta[property=og:image]").attr("content"))
        .isEqualTo("https://redazione.example/immagini/images/loghi.png");
  }

  @Test
  void headHasCanonicalUrlSocialCardsAndFeeds() {
    Document page = html(PARTNERSHIP);
    assertThat(page.expectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://redazione.example" + PARTNERSHIP);
    assertThat(page.expectFirst("meta[property=og:type]").attr("content")).isEqualTo("article");
    assertThat(page.expectFirst("meta[property=og:title]").attr("content"))
        .isEqualTo("La partnership tra OpenAI e Microsoft si espande");
    assertThat(page.title())
        .isEqualTo("La partnership tra OpenAI e Microsoft si espande — Redazione");
    assertThat(page.expectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    assertThat(page.select("link[rel=alternate]").eachAttr("href"))
        .containsExactly("/feed.xml", "/rss.xml");
    assertThat(page.expectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Un investimento multimiliardario per un’IA sicura");
  }

  @Test
  void jsonLdDescribesANewsArticleWithDateAtItsPrecision() throws IOException {
    JsonNode json =
        new ObjectMapper()
            .readTree(html(STARGATE).expectFirst("script[type=application/ld+json]").data());
    assertThat(json.get("@context").asText()).isEqualTo("https://schema.org");
    assertThat(json.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(json.get("headline").asText()).isEqualTo("Microsoft e il progetto Stargate");
    assertThat(json.get("datePublished").asText()).isEqualTo("2025-01");
    assertThat(json.get("url").asText()).isEqualTo("https://redazione.example" + STARGATE);
  }

  @Test
  void articleHeadHasOpenGraphArticlePropertiesAtTheDatesPrecision() {
    Document partnership = html(PARTNERSHIP);
    assertThat(partnership.expectFirst("meta[property=article:published_time]").attr("content"))
        .isEqualTo("2023-02-12");
    assertThat(partnership.select("meta[property=article:tag]").eachAttr("content"))
        .containsExactly("OpenAI", "Microsoft", "Azure");
    assertThat(partnership.select("meta[property=article:modified_time]")).isEmpty();
    assertThat(html(STARGATE).expectFirst("meta[property=article:published_time]").attr("content"))
        .isEqualTo("2025-01");
    assertThat(html(DIVORCE).select("meta[property=article:published_time]")).isEmpty();
    assertThat(html("/").select("meta[property^=article:]")).isEmpty();
    assertThat(html("/tag/openai").expectFirst("meta[property=og:title]").attr("content"))
        .isEqualTo("Tag: OpenAI");
  }

  @Test
  void jsonLdHasTheModifiedDateTheMainPageAndThePublisherWithItsLogo() throws IOException {
    JsonNode json =
        new ObjectMapper()
            .readTree(html(PARTNERSHIP).expectFirst("script[type=application/ld+json]").data());
    assertThat(json.get("dateModified").asText()).isEqualTo("2023-02-12");
    assertThat(json.get("mainEntityOfPage").get("@type").asText()).isEqualTo("WebPage");
    assertThat(json.get("mainEntityOfPage").get("@id").asText())
        .isEqualTo("https://redazione.example" + PARTNERSHIP);
    JsonNode publisher = json.get("publisher");
    assertThat(publisher.get("@type").asText()).isEqualTo("Organization");
    assertThat(publisher.get("name").asText()).isEqualTo("Redazione");
    assertThat(publisher.get("logo").get("@type").asText()).isEqualTo("ImageObject");
    String logo = publisher.get("logo").get("url").asText();
    assertThat(logo).isEqualTo("https://redazione.example/assets/logo.svg");
    RenderedPage image = site.render("/assets/logo.svg").orElseThrow();
    assertThat(image.contentType()).isEqualTo("image/svg+xml");
    assertThat(new String(image.body(), StandardCharsets.UTF_8)).contains("<svg");
  }

  @Test
  void jsonLdNamesTheAuthorAsAPerson() throws IOException {
    JsonNode json =
        new ObjectMapper()
            .readTree(html(DIVORCE).expectFirst("script[type=application/ld+json]").data());
    assertThat(json.get("author").get(0).get("@type").asText()).isEqualTo("Person");
    assertThat(json.get("author").get(0).get("name").asText()).isEqualTo("Claudio Garau");
    assertThat(json.has("datePublished")).isFalse();
  }

  @Test
  void tagListingCountsItsArticles() {
    Document page = html("/tag/openai");
    assertThat(page.expectFirst("h1").text()).isEqualTo("Tag: OpenAI");
    assertThat(page.expectFirst(".page-header__intro").text()).isEqualTo("2 articoli");
    assertThat(page.select(".card")).hasSize(2);
  }

  @Test
  void archiveListsYearsAndMonthsWithCountsAndTheUndated() {
    Document page = html("/archivio");
    assertThat(page.select(".archive__year h2 a").eachText()).containsExactly("2025", "2023");
    assertThat(page.select(".archive__year .term-list a span:first-child").eachText())
        .containsExactly("gennaio 2025", "febbraio 2023");
    assertThat(page.expectFirst(".archive__undated a").attr("href"))
        .isEqualTo("/archivio/senza-data");
  }

  @Test
  void monthListingShowsItsArticles() {
    Document page = html("/archivio/2025/01");
    assertThat(page.expectFirst("h1").text()).isEqualTo("Archivio: gennaio 2025");
    assertThat(page.select(".card__title a").eachText())
        .containsExactly("Microsoft e il progetto Stargate");
  }

  @Test
  void unknownSlugTagYearAndPageAreNotPages() {
    assertThat(site.render("/articoli/non-esiste")).isEmpty();
    assertThat(site.render("/tag/non-esiste")).isEmpty();
    assertThat(site.render("/archivio/1999")).isEmpty();
    assertThat(site.render("/pagina/2")).isEmpty();
    assertThat(site.render("/tag/openai/pagina/2")).isEmpty();
  }

  @Test
  void emptyArchiveStillHasAHomePage() {
    Site empty = RENDERER.snapshot(Archive.empty(), ImageCatalog.empty(), Instant.now());
    assertThat(html(empty, "/").expectFirst(".page-header__intro").text())
        .isEqualTo("Non ci sono ancora articoli pubblicati.");
  }

  @Test
  void notFoundPageIsInTheSiteStyleAndNotIndexed() {
    Document page = Jsoup.parse(new String(site.notFound().body(), StandardCharsets.UTF_8));
    assertThat(page.expectFirst("h1").text()).isEqualTo("Pagina non trovata");
    assertThat(page.select("link[rel=stylesheet]")).hasSize(1);
    assertThat(page.expectFirst("meta[name=robots]").attr("content")).isEqualTo("noindex");
  }

  @ParameterizedTest
  @EnumSource(ErrorPage.class)
  void everyErrorPageHasItsOwnHeadingAndText(ErrorPage kind) {
    Document page = Jsoup.parse(new String(site.error(kind).body(), StandardCharsets.UTF_8));
    Document notFound = Jsoup.parse(new String(site.notFound().body(), StandardCharsets.UTF_8));
    assertThat(page.expectFirst("h1").text()).as(kind.name()).isNotBlank().doesNotContain("??");
    assertThat(page.expectFirst("main").text()).as(kind.name()).doesNotContain("??");
    if (kind != ErrorPage.NOT_FOUND) {
      assertThat(page.expectFirst("h1").text())
          .as(kind.name())
          .isNotEqualTo(notFound.expectFirst("h1").text());
    }
  }

  @Test
  void cachedFindsOnlyPagesAlreadyRendered() {
    assertThat(site.cached("/tag/openai")).isEmpty();
    RenderedPage rendered = site.render("/tag/openai").orElseThrow();
    assertThat(site.cached("/tag/openai")).containsSame(rendered);
    assertThat(site.cached("/tag/openai?pagina=1")).containsSame(rendered);
    assertThat(site.cached("/tag/non-esiste")).isEmpty();
    assertThat(site.cached("/%2e%2e/pom.xml")).isEmpty();
  }

  @Test
  void mostRequestedListsTheRequestedPagesBusiestFirst() {
    for (int i = 0; i < 3; i++) {
      site.cached("/tag/openai?pagina=1");
      site.render("/tag/openai");
    }
    site.render(STARGATE);
    site.render("/");
    site.cached("/");
    site.warm(DIVORCE);
    site.notFound();

    assertThat(site.mostRequested(10)).containsExactly("/tag/openai", "/", STARGATE);
    assertThat(site.mostRequested(2)).containsExactly("/tag/openai", "/");
  }

  @Test
  void warmRendersAPageOfTheNextSnapshotWithoutCountingARequest() {
    site.render(STARGATE);
    Site next =
        RENDERER.snapshot(TestArticles.seedShapedArchive(), ImageCatalog.empty(), Instant.now());

    site.mostRequested(16).forEach(next::warm);

    assertThat(next.cached(STARGATE)).isPresent();
    assertThat(next.warm("/articoli/non-esiste")).isEmpty();
    assertThat(next.mostRequested(16))
        .as("a cached() lookup counts, warm() does not")
        .containsExactly(STARGATE);
  }

  @Test
  void rendersEachPageOncePerSnapshot() {
    assertThat(site.render("/tag/openai").orElseThrow())
        .isSameAs(site.render("/tag/openai?pagina=1").orElseThrow());
    Site next =
        RENDERER.snapshot(TestArticles.seedShapedArchive(), ImageCatalog.empty(), Instant.now());
    assertThat(next.render("/tag/openai").orElseThrow())
        .isNotSameAs(site.render("/tag/openai").orElseThrow());
  }

  @Test
  void theStaticSearchPageLoadsItsScriptFromTheSiteAndSaysWhatItNeedsWithoutJavaScript() {
    Document page = Jsoup.parse(new String(site.staticSearchPage().body(), StandardCharsets.UTF_8));

    assertThat(page.select("script"))
        .singleElement()
        .satisfies(
            script -> {
              assertThat(script.attr("src")).isEqualTo(Site.SEARCH_SCRIPT);
              assertThat(script.data()).isEmpty();
            });
    assertThat(page.expectFirst("form.search-page-form").attr("action")).isEqualTo("/cerca");
    assertThat(page.expectFirst("[data-search-index]").attr("data-search-index"))
        .isEqualTo(Site.SEARCH_INDEX);
    assertThat(page.expectFirst(".search__noscript").text())
        .contains("copia statica", "richiede JavaScript");
    assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content"))
        .contains("script-src 'self'", "connect-src 'self'")
        .doesNotContain("unsafe-inline");
  }

  @Test
  void theApiIsListedAtItsFilePathsWithOneRecordPerArticle() {
    List<String> api = site.routes().stream().filter(r -> r.startsWith("/api/")).toList();

    assertThat(api).first().isEqualTo("/api/articles.json");
    assertThat(api).allMatch(route -> route.endsWith(".json"));
    assertThat(api).hasSize(1 + site.archive().size());
    assertThat(site.render("/api/articles/" + site.archive().articles().get(0).slug() + ".json"))
        .hasValueSatisfying(page -> assertThat(page.contentType()).isEqualTo("application/json"));
  }

  @Test
  void everyListedRouteRenders() {
    assertThat(site.routes())
        .contains(
            "/",
            PARTNERSHIP,
            "/tag/openai",
            "/categorie/ai",
            "/autori/claudio-garau",
            "/archivio/2025/01",
            "/archivio/senza-data",
            "/feed.xml",
            "/rss.xml",
            "/sitemap.xml",
            "/robots.txt",
            "/assets/site.css",
            "/assets/logo.svg",
            "/api/articles.json",
            "/api/articles/" + PARTNERSHIP.substring(PARTNERSHIP.lastIndexOf('/') + 1) + ".json");
    for (String route : site.routes()) {
      assertThat(site.render(route)).as(route).isPresent();
    }
  }

  @Test
  void sitemapListsArticlesWithTheDayTheyLastChanged() throws Exception {
    byte[] xml = site.render("/sitemap.xml").orElseThrow().body();
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    NodeList urls =
        factory
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml))
            .getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
    assertThat(urls.getLength())
        .isEqualTo(site.routes().stream().filter(route -> !route.contains(".")).count());
    String sitemap = new String(xml, StandardCharsets.UTF_8);
    assertThat(sitemap)
        .contains(
            "<loc>https://redazione.example" + PARTNERSHIP + "</loc><lastmod>2023-02-12</lastmod>",
            "<loc>https://redazione.example" + STARGATE + "</loc></url>");
  }

  @Test
  void robotsPointsAtTheSitemap() {
    String robots =
        new String(site.render("/robots.txt").orElseThrow().body(), StandardCharsets.UTF_8);
    assertThat(robots.lines())
        .contains("User-agent: *", "Sitemap: https://redazione.example/sitemap.xml");
  }

  @Test
  void stylesheetIsVersionedByItsContent() {
    String href = html("/").expectFirst("link[rel=stylesheet]").attr("href");
    assertThat(href).matches("/assets/site\\.css\\?v=[0-9a-f]{10}");
    assertThat(site.render(href).orElseThrow().contentType()).isEqualTo("text/css; charset=utf-8");
  }
}
