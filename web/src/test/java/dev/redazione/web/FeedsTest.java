package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
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

/** The feeds parsed back with Rome and the sitemap validated against the sitemaps.org schema. */
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
  void sitemapIsValidAgainstTheSchemaAndListsEveryArticle() throws Exception {
    HttpResponse<byte[]> response = pages.get("/sitemap.xml");
    assertThat(response.header(HttpHeaders.CONTENT_TYPE))
        .isEqualTo("application/xml; charset=utf-8");
    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(new StreamSource(getClass().getResourceAsStream("/sitemap-0.9.xsd")))
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
