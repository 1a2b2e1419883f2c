package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.XmlReader;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The feeds parsed back with Rome and the sitemap validated against the official sitemaps.org 0.9
 * schema ({@code sitemap.xsd} as published, with {@code lastmod} a date or a date-time).
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedsTest implements TestPropertyProvider {

  private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

  @Inject
  @Client("/")
  HttpClient client;

  private Pages pages;

  @Override
  public Map<String, String> getProperties() {
    return ProjectContent.serverProperties(SiteFactory.BASE_URL_PROPERTY, SeedSiteTest.BASE_URL);
  }

  @BeforeEach
  void pages() {
    pages = new Pages(client.toBlocking());
  }

  private SyndFeed feed(String path, String contentType) throws Exception {
    HttpResponse<byte[]> response = pages.get(path);
    assertThat(response.getStatus().getCode()).isEqualTo(200);
    assertThat(response.header(HttpHeaders.CONTENT_TYPE)).isEqualTo(contentType);
    return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
  }

  @Test
  void everySeedIsInTheFeedsUndatedOnesWithoutAPublicationDate() throws Exception {
    HttpResponse<byte[]> response = pages.get("/feed.xml");
    com.rometools.rome.feed.atom.Feed atom =
        (com.rometools.rome.feed.atom.Feed)
            new WireFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
    List<com.rometools.rome.feed.atom.Entry> entries = atom.getEntries();
    assertThat(entries).hasSize(5);
    assertThat(entries).allSatisfy(e -> assertThat(e.getUpdated()).isNotNull());
    List<String> undated =
        entries.stream()
            .filter(e -> e.getPublished() == null)
            .map(e -> e.getAlternateLinks().get(0).getHref())
            .toList();
    assertThat(undated).hasSize(4).doesNotContain(SeedSiteTest.BASE_URL + SeedSiteTest.SEED_000);
    String text = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("<dc:date>2025-01</dc:date>").doesNotContain("2025-01-01T");
    SyndFeed rss = feed("/rss.xml", "application/rss+xml; charset=utf-8");
    assertThat(rss.getEntries()).hasSize(5);
  }

  @Test
  void feedHtmlLinksAndImagesAreAbsolute() throws Exception {
    SyndFeed feed = feed("/feed.xml", "application/atom+xml; charset=utf-8");
    for (SyndEntry entry : feed.getEntries()) {
      org.jsoup.nodes.Document html =
          org.jsoup.Jsoup.parseBodyFragment(entry.getContents().get(0).getValue());
      assertThat(html.select("a[href], img[src]"))
          .allSatisfy(
              e ->
                  assertThat(e.hasAttr("href") ? e.attr("href") : e.attr("src"))
                      .matches("(https?|mailto):.*"));
    }
  }

  @Test
  void atomFeedParsesWithFullContentOfDatedArticles() throws Exception {
    SyndFeed feed = feed("/feed.xml", "application/atom+xml; charset=utf-8");
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getEntries()).isNotEmpty().hasSizeLessThanOrEqualTo(20);
    SyndEntry partnership = entry(feed.getEntries(), SeedSiteTest.BASE_URL + SeedSiteTest.SEED_000);
    assertThat(partnership.getTitle()).startsWith("La partnership tra OpenAI e Microsoft");
    assertThat(partnership.getContents().get(0).getValue()).contains("<strong>");
    assertThat(partnership.getPublishedDate()).isNotNull();
    assertThat(partnership.getCategories()).extracting(c -> c.getLabel()).contains("OpenAI");
  }

  @Test
  void rssFeedParsesWithFullContent() throws Exception {
    SyndFeed feed = feed("/rss.xml", "application/rss+xml; charset=utf-8");
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getLanguage()).isEqualTo("it");
    SyndEntry partnership = entry(feed.getEntries(), SeedSiteTest.BASE_URL + SeedSiteTest.SEED_000);
    assertThat(partnership.getDescription().getValue()).contains("<strong>");
    assertThat(partnership.getPublishedDate()).isNotNull();
  }

  private static SyndEntry entry(List<SyndEntry> entries, String link) {
    return entries.stream()
        .filter(e -> e.getLink().equals(link))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry links to " + link));
  }

  @Test
  void sitemapIsValidAgainstTheOfficialSchemaAndListsEveryArticle() throws Exception {
    HttpResponse<byte[]> response = pages.get("/sitemap.xml");
    assertThat(response.header(HttpHeaders.CONTENT_TYPE))
        .isEqualTo("application/xml; charset=utf-8");
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(new StreamSource(getClass().getResourceAsStream("/sitemap.xsd")))
        .newValidator()
        .validate(new StreamSource(new ByteArrayInputStream(response.body())));
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document sitemap =
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
    NodeList locs = sitemap.getElementsByTagNameNS(SITEMAP_NS, "loc");
    List<String> urls = new java.util.ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      urls.add(locs.item(i).getTextContent());
    }
    assertThat(urls)
        .contains(SeedSiteTest.BASE_URL + "/", SeedSiteTest.BASE_URL + SeedSiteTest.SEED_000);
    assertThat(urls.stream().filter(u -> u.startsWith(SeedSiteTest.BASE_URL + "/articoli/")))
        .hasSize(5);
  }
}
