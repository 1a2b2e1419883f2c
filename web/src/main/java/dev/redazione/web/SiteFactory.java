package dev.redazione.web;

import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.site.SiteRenderer;
import dev.redazione.site.SiteSettings;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/** Makes the site renderer from the configured base URL, with the Lucene search backend. */
@Factory
final class SiteFactory {

  /** The configuration property of the public base URL. */
  static final String BASE_URL_PROPERTY = "redazione.base-url";

  @Singleton
  SiteRenderer siteRenderer(@Value("${" + BASE_URL_PROPERTY + ":}") String baseUrl) {
    return SiteRenderer.create(
        SiteSettings.of(baseUrl.isBlank() ? SiteSettings.DEFAULT_BASE_URL : baseUrl),
        LuceneSearchFactory.create());
  }
}
