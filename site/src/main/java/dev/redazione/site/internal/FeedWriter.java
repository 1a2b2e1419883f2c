package dev.redazione.site.internal;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Tag;
import dev.redazione.site.SiteSettings;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the Atom ({@code /feed.xml}) and RSS 2.0 ({@code /rss.xml}) feeds: the newest dated
 * articles with their full sanitised HTML. Undated articles have no place in a feed ordered by
 * time, so they are left out. A period date (a month, a year) is given as its first moment in
 * Italian time, since feed formats require a full timestamp.
 */
final class FeedWriter {

  private static final ZoneId SITE_ZONE = ZoneId.of("Europe/Rome");
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
  private static final String DC = "http://purl.org/dc/elements/1.1/";

  private final Archive archive;
  private final SiteSettings settings;
  private final ImageFiles images;
  private final Messages messages;
  private final Instant version;

  FeedWriter(
      Archive archive,
      SiteSettings settings,
      ImageFiles images,
      Messages messages,
      Instant version) {
    this.archive = archive;
    this.settings = settings;
    this.images = images;
    this.messages = messages;
    this.version = version;
  }

  private List<Article> entries() {
    return archive.articles().stream()
        .filter(a -> a.date().isPresent())
        .limit(settings.feedSize())
        .toList();
  }

  private static OffsetDateTime moment(PublicationDate date) {
    return date.offset()
        .map(offset -> date.start().atOffset(offset))
        .orElseGet(() -> date.start().atZone(SITE_ZONE).toOffsetDateTime());
  }

  private OffsetDateTime newest(List<Article> entries) {
    return entries.isEmpty()
        ? version.atOffset(ZoneOffset.UTC)
        : moment(entries.get(0).date().orElseThrow());
  }

  byte[] atom() {
    List<Article> entries = entries();
    return write(
        xml -> {
          xml.writeStartElement("feed");
          xml.writeDefaultNamespace(ATOM);
          xml.writeAttribute("xml", XML_NAMESPACE, "lang", "it");
          xml.writeAttribute("xml", XML_NAMESPACE, "base", settings.absolute("/"));
          element(xml, "id", settings.absolute("/"));
          element(xml, "title", settings.name());
          element(xml, "subtitle", messages.get("site.description"));
          link(xml, "self", "application/atom+xml", settings.absolute("/feed.xml"));
          link(xml, "alternate", "text/html", settings.absolute("/"));
          element(xml, "updated", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(newest(entries)));
          xml.writeStartElement("author");
          element(xml, "name", settings.name());
          xml.writeEndElement();
          for (Article article : entries) {
            atomEntry(xml, article);
          }
          xml.writeEndElement();
        });
  }

  private void atomEntry(XMLStreamWriter xml, Article article) throws XMLStreamException {
    String url = settings.absolute(SitePaths.article(article.slug().value()));
    String moment =
        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment(article.date().orElseThrow()));
    xml.writeStartElement("entry");
    element(xml, "id", url);
    element(xml, "title", article.title());
    link(xml, "alternate", "text/html", url);
    element(xml, "published", moment);
    element(
        xml,
        "updated",
        article
            .updated()
            .map(d -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment(d)))
            .orElse(moment));
    for (Author author : article.authors()) {
      xml.writeStartElement("author");
      element(xml, "name", author.name());
      xml.writeEndElement();
    }
    for (Tag tag : article.tags()) {
      xml.writeEmptyElement("category");
      xml.writeAttribute("term", tag.key());
      xml.writeAttribute("label", tag.name());
    }
    element(xml, "summary", Excerpt.of(article, ArticlePages.DESCRIPTION_LENGTH));
    xml.writeStartElement("content");
    xml.writeAttribute("type", "html");
    xml.writeCharacters(BodyImages.rewrite(article, images));
    xml.writeEndElement();
    xml.writeEndElement();
  }

  byte[] rss() {
    List<Article> entries = entries();
    return write(
        xml -> {
          xml.writeStartElement("rss");
          xml.writeAttribute("version", "2.0");
          xml.writeNamespace("atom", ATOM);
          xml.writeNamespace("dc", DC);
          xml.writeStartElement("channel");
          element(xml, "title", settings.name());
          element(xml, "link", settings.absolute("/"));
          element(xml, "description", messages.get("site.description"));
          element(xml, "language", "it");
          element(
              xml, "lastBuildDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(newest(entries)));
          xml.writeEmptyElement("atom", "link", ATOM);
          xml.writeAttribute("href", settings.absolute("/rss.xml"));
          xml.writeAttribute("rel", "self");
          xml.writeAttribute("type", "application/rss+xml");
          for (Article article : entries) {
            rssItem(xml, article);
          }
          xml.writeEndElement();
          xml.writeEndElement();
        });
  }

  private void rssItem(XMLStreamWriter xml, Article article) throws XMLStreamException {
    String url = settings.absolute(SitePaths.article(article.slug().value()));
    xml.writeStartElement("item");
    element(xml, "title", article.title());
    element(xml, "link", url);
    xml.writeStartElement("guid");
    xml.writeAttribute("isPermaLink", "true");
    xml.writeCharacters(url);
    xml.writeEndElement();
    element(
        xml,
        "pubDate",
        DateTimeFormatter.RFC_1123_DATE_TIME.format(moment(article.date().orElseThrow())));
    for (Author author : article.authors()) {
      xml.writeStartElement("dc", "creator", DC);
      xml.writeCharacters(author.name());
      xml.writeEndElement();
    }
    for (Tag tag : article.tags()) {
      element(xml, "category", tag.name());
    }
    element(xml, "description", BodyImages.rewrite(article, images));
    xml.writeEndElement();
  }

  static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void link(XMLStreamWriter xml, String rel, String type, String href)
      throws XMLStreamException {
    xml.writeEmptyElement("link");
    xml.writeAttribute("rel", rel);
    xml.writeAttribute("type", type);
    xml.writeAttribute("href", href);
  }

  /** Writes an XML document with the given body, UTF-8 encoded. */
  static byte[] write(XmlBody body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
    try {
      XMLStreamWriter xml =
          XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
      xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
      body.write(xml);
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML to memory", e);
    }
    return out.toByteArray();
  }

  /** The content of an XML document. */
  @FunctionalInterface
  interface XmlBody {
    void write(XMLStreamWriter xml) throws XMLStreamException;
  }
}
