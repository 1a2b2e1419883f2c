package dev.redazione.site.internal;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.ImagePath;
import dev.redazione.core.Tag;
import dev.redazione.site.SiteSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the Atom ({@code /feed.xml}) and RSS 2.0 ({@code /rss.xml}) feeds: the articles that
 * changed last, newest first, with their full sanitised HTML (links and images absolute) and the
 * lead image as an enclosure and a Media RSS {@code media:content}. Every article can be in them,
 * dated or not: an article without a publication moment (undated, or dated only to a month or a
 * year, see {@link FeedDates}) has no {@code published} / {@code pubDate}, a month or a year is
 * given at its precision in {@code dc:date}, and its {@code updated} is when its file last changed.
 */
final class FeedWriter {

  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
  private static final String DC = "http://purl.org/dc/elements/1.1/";
  private static final String MEDIA = "http://search.yahoo.com/mrss/";

  private final Archive archive;
  private final SiteSettings settings;
  private final ImageFiles images;
  private final ViewFactory views;
  private final Messages messages;
  private final Instant version;
  private final FeedDates dates;

  FeedWriter(
      Archive archive,
      SiteSettings settings,
      ImageFiles images,
      ViewFactory views,
      Messages messages,
      Instant version) {
    this.archive = archive;
    this.settings = settings;
    this.images = images;
    this.views = views;
    this.messages = messages;
    this.version = version;
    this.dates = new FeedDates(settings.timeZone(), images, version);
  }

  /** An article with the moment it last changed, the feeds' order. */
  private record Entry(Article article, OffsetDateTime updated) {}

  private List<Entry> entries() {
    return archive.articles().stream()
        .map(article -> new Entry(article, dates.updated(article)))
        .sorted(Comparator.comparing((Entry e) -> e.updated().toInstant()).reversed())
        .limit(settings.feedSize())
        .toList();
  }

  private OffsetDateTime newest(List<Entry> entries) {
    return entries.isEmpty()
        ? version.atZone(settings.timeZone()).toOffsetDateTime()
        : entries.get(0).updated();
  }

  private static String iso(OffsetDateTime moment) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(moment);
  }

  byte[] atom() {
    List<Entry> entries = entries();
    return write(
        xml -> {
          xml.writeStartElement("feed");
          xml.writeDefaultNamespace(ATOM);
          xml.writeNamespace("dc", DC);
          xml.writeNamespace("media", MEDIA);
          xml.writeAttribute("xml", XML_NAMESPACE, "lang", "it");
          xml.writeAttribute("xml", XML_NAMESPACE, "base", settings.absolute("/"));
          element(xml, "id", settings.absolute("/"));
          element(xml, "title", settings.name());
          element(xml, "subtitle", messages.get("site.description"));
          link(xml, "self", "application/atom+xml", settings.absolute("/feed.xml"));
          link(xml, "alternate", "text/html", settings.absolute("/"));
          element(xml, "updated", iso(newest(entries)));
          xml.writeStartElement("author");
          element(xml, "name", settings.name());
          xml.writeEndElement();
          for (Entry entry : entries) {
            atomEntry(xml, entry);
          }
          xml.writeEndElement();
        });
  }

  private void atomEntry(XMLStreamWriter xml, Entry entry) throws XMLStreamException {
    Article article = entry.article();
    String url = settings.absolute(SitePaths.article(article.slug().value()));
    xml.writeStartElement("entry");
    element(xml, "id", url);
    element(xml, "title", article.title());
    link(xml, "alternate", "text/html", url);
    Optional<LeadImage> image = leadImage(article);
    if (image.isPresent()) {
      xml.writeEmptyElement("link");
      xml.writeAttribute("rel", "enclosure");
      xml.writeAttribute("type", image.get().type());
      xml.writeAttribute("length", Long.toString(image.get().length()));
      xml.writeAttribute("href", image.get().url());
    }
    Optional<OffsetDateTime> published = dates.published(article);
    if (published.isPresent()) {
      element(xml, "published", iso(published.get()));
    }
    element(xml, "updated", iso(entry.updated()));
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
    xml.writeCharacters(html(article, url));
    xml.writeEndElement();
    coarseDate(xml, article);
    if (image.isPresent()) {
      mediaContent(xml, image.get());
    }
    xml.writeEndElement();
  }

  byte[] rss() {
    List<Entry> entries = entries();
    return write(
        xml -> {
          xml.writeStartElement("rss");
          xml.writeAttribute("version", "2.0");
          xml.writeNamespace("atom", ATOM);
          xml.writeNamespace("dc", DC);
          xml.writeNamespace("media", MEDIA);
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
          for (Entry entry : entries) {
            rssItem(xml, entry.article());
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
    Optional<OffsetDateTime> published = dates.published(article);
    if (published.isPresent()) {
      element(xml, "pubDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(published.get()));
    }
    coarseDate(xml, article);
    for (Author author : article.authors()) {
      xml.writeStartElement("dc", "creator", DC);
      xml.writeCharacters(author.name());
      xml.writeEndElement();
    }
    for (Tag tag : article.tags()) {
      element(xml, "category", tag.name());
    }
    element(xml, "description", html(article, url));
    Optional<LeadImage> image = leadImage(article);
    if (image.isPresent()) {
      xml.writeEmptyElement("enclosure");
      xml.writeAttribute("url", image.get().url());
      xml.writeAttribute("length", Long.toString(image.get().length()));
      xml.writeAttribute("type", image.get().type());
      mediaContent(xml, image.get());
    }
    xml.writeEndElement();
  }

  private String html(Article article, String url) {
    return FeedHtml.absolute(views.bodyHtml(article), url);
  }

  /**
   * A publication date coarser than a day, at its precision: {@code <dc:date>2025-01</dc:date>}.
   */
  private static void coarseDate(XMLStreamWriter xml, Article article) throws XMLStreamException {
    Optional<String> coarse = FeedDates.coarse(article);
    if (coarse.isPresent()) {
      xml.writeStartElement("dc", "date", DC);
      xml.writeCharacters(coarse.get());
      xml.writeEndElement();
    }
  }

  private static void mediaContent(XMLStreamWriter xml, LeadImage image) throws XMLStreamException {
    xml.writeEmptyElement("media", "content", MEDIA);
    xml.writeAttribute("url", image.url());
    xml.writeAttribute("type", image.type());
    xml.writeAttribute("medium", "image");
    xml.writeAttribute("fileSize", Long.toString(image.length()));
  }

  /**
   * The lead image of an article as a feed gives it.
   *
   * @param url its absolute URL
   * @param type its media type
   * @param length its size in bytes
   */
  private record LeadImage(String url, String type, long length) {}

  /** The lead image when its file exists and its size can be read now. */
  private Optional<LeadImage> leadImage(Article article) {
    return images
        .resolve(article)
        .flatMap(
            path ->
                images
                    .file(path)
                    .flatMap(FeedWriter::size)
                    .map(
                        length ->
                            new LeadImage(
                                settings.absolute(SitePaths.image(path)),
                                ImagePath.mediaType(path).orElseThrow(),
                                length)));
  }

  private static Optional<Long> size(Path file) {
    try {
      return Optional.of(Files.size(file));
    } catch (IOException gone) {
      return Optional.empty();
    }
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
