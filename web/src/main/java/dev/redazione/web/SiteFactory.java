package dev.redazione.web;

import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.site.SiteRenderer;
import dev.redazione.site.SiteSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * Makes the site renderer from the configured base URL and time zone, with the Lucene search
 * backend.
 */
@Factory
final class SiteFactory {

  /** The configuration property of the public base URL. */
  static final String BASE_URL_PROPERTY = "redazione.base-url";

  /** The configuration property of the feeds' time zone, a zone ID such as {@code Europe/Rome}. */
  static final String TIME_ZONE_PROPERTY = "redazione.time-zone";

  @Singleton
  SiteRenderer siteRenderer(
      @Value("${" + BASE_URL_PROPERTY + ":}") String baseUrl,
      @Value("${" + TIME_ZONE_PROPERTY + ":}") String timeZone) {
    SiteSettings settings =
        SiteSettings.of(baseUrl.isBlank() ? SiteSettings.DEFAULT_BASE_URL : baseUrl);
    return SiteRenderer.create(
        timeZone.isBlank() ? settings : settings.withTimeZone(zone(timeZone)),
        LuceneSearchFactory.create());
  }

  private static ZoneId zone(String id) {
    try {
      return ZoneId.of(id.strip());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          TIME_ZONE_PROPERTY
              + " `"
              + id
              + "` is not a time zone; expected a zone ID such as Europe/Rome or UTC",
          e);
    }
  }
}
