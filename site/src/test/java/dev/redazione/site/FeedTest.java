package dev.redazione.site;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.Image;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Source;
import dev.redazione.core.SourceFormat;
import dev.redazione.ingest.ImageCatalog;
import dev.redazione.search.LuceneSearchFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Atom and RSS feeds parsed as namespace-aware XML: which articles they carry, in what order,
 * with which dates, and their HTML and lead images as a reader away from the site needs them.
 */
class FeedTest {

  private static final String BASE = "https://redazione.example";
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String MEDIA = "http://search.yahoo.com/mrss/";
  private static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;
  private static final Instant UNDATED_CHANGED = Instant.parse("2026-03-04T10:15:30Z");
  private static final Instant MONTH_CHANGED = Instant.parse("2026-02-01T08:00:00Z");

  @TempDir Path content;

  private Site site;

  private static Article article(String title, String date, String source, String html) {
    Article.Builder builder =
        Article.builder()
            .slug(Slug.of(title))
            .title(title)
            .body(new Body("Testo", html, Jsoup.parse(html).text()))
            .source(new Source(source, SourceFormat.FRONT_MATTER_MARKDOWN));
    if (date != null) {
      builder.date(PublicationDate.parse(date));
    }
    return builder.build();
  }

  private static Archive archive() {
    Article day =
        article(
                "Il ponte riapre",
                "2023-02-12",
                "notizie/ponte.md",
                "<p>Vedi <a href=\"/tag/viabilita\">la viabilità</a> e <a href=\"#orari\">gli"
                    + " orari</a>.</p><figure><img src=\"foto.png\" alt=\"Il ponte\"></figure>")
            .toBuilder()
            .image(Image.of("foto.png", "Il ponte di sera", null))
            .build();
    Article month = article("Il bilancio del comune", "2025-01", "bilancio.md", "<p>Cifre.</p>");
    Article undated = article("La fiera di primavera", null, "fiera.md", "<p>Stand.</p>");
    return Archive.of(List.of(day, month, undated));
  }

  @BeforeEach
  void content() throws IOException {
    Files.createDirectories(content.resolve("notizie"));
    Files.write(content.resolve("notizie/foto.png"), new byte[1234]);
    write("notizie/ponte.md", Instant.parse("2026-05-05T00:00:00Z"));
    write("bilancio.md", MONTH_CHANGED);
    write("fiera.md", UNDATED_CHANGED);
    site = snapshot(SiteSettings.of(BASE));
  }

  private void write(String path, Instant modified) throws IOException {
    Path file = content.resolve(path);
    Files.writeString(file, "testo");
    Files.setLastModifiedTime(file, FileTime.from(modified));
  }

  private Site snapshot(SiteSettings settings) {
    return SiteRenderer.create(settings, LuceneSearchFactory.create())
        .snapshot(archive(), ImageCatalog.scan(content), Instant.parse("2026-06-01T00:00:00Z"));
  }

  private static Document xml(Site from, String path) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(from.render(path).orElseThrow().body()));
  }

  private static List<Element> children(Element parent, String namespace, String name) {
    NodeList nodes = parent.getElementsByTagNameNS(namespace, name);
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i).getParentNode() == parent) {
        elements.add((Element) nodes.item(i));
      }
    }
    return elements;
  }

  private static String text(Element parent, String namespace, String name) {
    List<Element> found = children(parent, namespace, name);
    return found.isEmpty() ? null : found.get(0).getTextContent();
  }

  private static Element atomEntry(Document feed, String title) {
    return children(feed.getDocumentElement(), ATOM, "entry").stream()
        .filter(e -> title.equals(text(e, ATOM, "title")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + title));
  }

  private static Element rssItem(Document feed, String title) {
    Element channel = children(feed.getDocumentElement(), "", "channel").get(0);
    return children(channel, "", "item").stream()
        .filter(e -> title.equals(text(e, "", "title")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no item " + title));
  }

  @Test
  void undatedAndMonthDatedArticlesAreInBothFeedsNewestChangeFirst() throws Exception {
    Document atom = xml(site, "/feed.xml");
    assertThat(
            children(atom.getDocumentElement(), ATOM, "entry").stream()
                .map(e -> text(e, ATOM, "title")))
        .containsExactly("La fiera di primavera", "Il bilancio del comune", "Il ponte riapre");
    Document rss = xml(site, "/rss.xml");
    Element channel = children(rss.getDocumentElement(), "", "channel").get(0);
    assertThat(children(channel, "", "item").stream().map(e -> text(e, "", "title")))
        .containsExactly("La fiera di primavera", "Il bilancio del comune", "Il ponte riapre");
  }

  @Test
  void anUndatedArticleHasNoPublicationDateAndIsUpdatedWhenItsFileChanged() throws Exception {
    Element entry = atomEntry(xml(site, "/feed.xml"), "La fiera di primavera");
    assertThat(children(entry, ATOM, "published")).isEmpty();
    assertThat(text(entry, ATOM, "updated")).isEqualTo("2026-03-04T11:15:30+01:00");
    assertThat(text(xml(site, "/feed.xml").getDocumentElement(), ATOM, "updated"))
        .isEqualTo("2026-03-04T11:15:30+01:00");
    Element item = rssItem(xml(site, "/rss.xml"), "La fiera di primavera");
    assertThat(children(item, "", "pubDate")).isEmpty();
    assertThat(children(item, DC, "date")).isEmpty();
  }

  @Test
  void aMonthIsGivenAtItsPrecisionNeverAsItsFirstMidnight() throws Exception {
    String atomText = new String(site.render("/feed.xml").orElseThrow().body(), UTF8);
    String rssText = new String(site.render("/rss.xml").orElseThrow().body(), UTF8);
    assertThat(atomText).doesNotContain("2025-01-01");
    assertThat(rssText).doesNotContain("1 Jan 2025");
    Element entry = atomEntry(xml(site, "/feed.xml"), "Il bilancio del comune");
    assertThat(children(entry, ATOM, "published")).isEmpty();
    assertThat(text(entry, DC, "date")).isEqualTo("2025-01");
    assertThat(text(entry, ATOM, "updated")).isEqualTo("2026-02-01T09:00:00+01:00");
    Element item = rssItem(xml(site, "/rss.xml"), "Il bilancio del comune");
    assertThat(children(item, "", "pubDate")).isEmpty();
    assertThat(text(item, DC, "date")).isEqualTo("2025-01");
  }

  @Test
  void aDayIsItsMidnightInTheConfiguredTimeZone() throws Exception {
    Element rome = atomEntry(xml(site, "/feed.xml"), "Il ponte riapre");
    assertThat(text(rome, ATOM, "published")).isEqualTo("2023-02-12T00:00:00+01:00");
    assertThat(text(rome, ATOM, "updated")).isEqualTo("2023-02-12T00:00:00+01:00");
    assertThat(text(rssItem(xml(site, "/rss.xml"), "Il ponte riapre"), "", "pubDate"))
        .isEqualTo("Sun, 12 Feb 2023 00:00:00 +0100");
    Site utc = snapshot(SiteSettings.of(BASE).withTimeZone(ZoneOffset.UTC));
    Element inUtc = atomEntry(xml(utc, "/feed.xml"), "Il ponte riapre");
    assertThat(text(inUtc, ATOM, "published")).isEqualTo("2023-02-12T00:00:00Z");
    assertThat(text(atomEntry(xml(utc, "/feed.xml"), "La fiera di primavera"), ATOM, "updated"))
        .isEqualTo("2026-03-04T10:15:30Z");
  }

  @Test
  void feedHtmlHasAbsoluteLinksAndImages() throws Exception {
    String url = BASE + "/articoli/il-ponte-riapre";
    for (String html :
        List.of(
            text(atomEntry(xml(site, "/feed.xml"), "Il ponte riapre"), ATOM, "content"),
            text(rssItem(xml(site, "/rss.xml"), "Il ponte riapre"), "", "description"))) {
      org.jsoup.nodes.Document body = Jsoup.parseBodyFragment(html);
      assertThat(body.select("a").eachAttr("href"))
          .containsExactly(BASE + "/tag/viabilita", url + "#orari");
      assertThat(body.select("img").eachAttr("src"))
          .containsExactly(BASE + "/immagini/notizie/foto.png");
    }
  }

  @Test
  void theLeadImageIsAnEnclosureAndMediaContent() throws Exception {
    String image = BASE + "/immagini/notizie/foto.png";
    Element entry = atomEntry(xml(site, "/feed.xml"), "Il ponte riapre");
    Element enclosure =
        children(entry, ATOM, "link").stream()
            .filter(l -> l.getAttribute("rel").equals("enclosure"))
            .findFirst()
            .orElseThrow();
    assertThat(enclosure.getAttribute("href")).isEqualTo(image);
    assertThat(enclosure.getAttribute("type")).isEqualTo("image/png");
    assertThat(enclosure.getAttribute("length")).isEqualTo("1234");
    assertThat(children(entry, MEDIA, "content").get(0).getAttribute("url")).isEqualTo(image);
    Element item = rssItem(xml(site, "/rss.xml"), "Il ponte riapre");
    Element rssEnclosure = children(item, "", "enclosure").get(0);
    assertThat(rssEnclosure.getAttribute("url")).isEqualTo(image);
    assertThat(rssEnclosure.getAttribute("length")).isEqualTo("1234");
    assertThat(rssEnclosure.getAttribute("type")).isEqualTo("image/png");
    Element media = children(item, MEDIA, "content").get(0);
    assertThat(media.getAttribute("medium")).isEqualTo("image");
    assertThat(media.getAttribute("type")).isEqualTo("image/png");
    assertThat(
            children(atomEntry(xml(site, "/feed.xml"), "La fiera di primavera"), MEDIA, "content"))
        .isEmpty();
  }

  @Test
  void withoutAContentFolderAnUndatedArticleIsUpdatedAtTheSnapshotTime() throws Exception {
    Site inMemory =
        SiteRenderer.create(
                SiteSettings.of(BASE).withTimeZone(ZoneOffset.UTC), LuceneSearchFactory.create())
            .snapshot(archive(), ImageCatalog.empty(), Instant.parse("2026-06-01T00:00:00Z"));
    assertThat(
            text(atomEntry(xml(inMemory, "/feed.xml"), "La fiera di primavera"), ATOM, "updated"))
        .isEqualTo("2026-06-01T00:00:00Z");
  }

  @Test
  void sitemapGivesLastmodOnlyForDatesKnownToTheDay() throws Exception {
    Document sitemap = xml(site, "/sitemap.xml");
    NodeList urls =
        sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "url");
    List<String> withLastmod = new ArrayList<>();
    for (int i = 0; i < urls.getLength(); i++) {
      Element url = (Element) urls.item(i);
      String lastmod = text(url, "http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod");
      if (lastmod != null) {
        withLastmod.add(
            text(url, "http://www.sitemaps.org/schemas/sitemap/0.9", "loc") + " " + lastmod);
      }
    }
    assertThat(withLastmod).containsExactly(BASE + "/articoli/il-ponte-riapre 2023-02-12");
  }
}
