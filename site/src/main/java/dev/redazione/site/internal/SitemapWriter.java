package dev.redazione.site.internal;

import dev.redazione.core.PublicationDate;
import dev.redazione.site.SiteSettings;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code /sitemap.xml} in the sitemaps.org 0.9 schema: every indexable page, articles with a
 * {@code lastmod} day ({@code 2025-01-21}) when their update or publication date is known to the
 * day or finer. The schema's {@code lastmod} is a date or a date-time, so an article dated only to
 * a month or a year has none, as an undated one.
 */
final class SitemapWriter {

  private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

  private final SiteRoutes routes;
  private final SiteSettings settings;

  SitemapWriter(SiteRoutes routes, SiteSettings settings) {
    this.routes = routes;
    this.settings = settings;
  }

  byte[] write() {
    return FeedWriter.write(
        xml -> {
          xml.writeStartElement("urlset");
          xml.writeDefaultNamespace(NAMESPACE);
          for (String path : routes.pages()) {
            url(xml, path, routes.lastModified(path));
          }
          xml.writeEndElement();
        });
  }

  private void url(XMLStreamWriter xml, String path, Optional<PublicationDate> lastModified)
      throws XMLStreamException {
    xml.writeStartElement("url");
    FeedWriter.element(xml, "loc", settings.absolute(path));
    if (lastModified.isPresent()) {
      FeedWriter.element(xml, "lastmod", lastModified.get().localDate().orElseThrow().toString());
    }
    xml.writeEndElement();
  }
}
