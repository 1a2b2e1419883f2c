package dev.redazione.web;

import dev.redazione.core.search.ArticleSearchFactory;
import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.site.SiteRenderer;
import dev.redazione.site.SiteSettings;
import dev.redazione.solr.SolrCollectionClient;
import dev.redazione.solr.SolrLocation;
import dev.redazione.solr.SolrSearchFactory;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Makes the site renderer from the configured base URL and time zone, with the configured search
 * backend: the in-memory Lucene index (the default) or a SolrCloud collection.
 */
@Factory
final class SiteFactory {

  /** The configuration property of the public base URL. */
  static final String BASE_URL_PROPERTY = "redazione.base-url";

  /** The configuration property of the feeds' time zone, a zone ID such as {@code Europe/Rome}. */
  static final String TIME_ZONE_PROPERTY = "redazione.time-zone";

  /** The configuration property of the search backend, {@value #LUCENE} or {@value #SOLR}. */
  static final String SEARCH_PROPERTY = "redazione.search.backend";

  /** The configuration property of the SolrCloud cluster's ZooKeeper, {@code host:port/chroot}. */
  static final String SOLR_PROPERTY = "redazione.search.solr.zk-host";

  /** The configuration property of the SolrCloud collection. */
  static final String COLLECTION_PROPERTY = "redazione.search.solr.collection";

  static final String LUCENE = "lucene";
  static final String SOLR = "solr";
  static final String DEFAULT_COLLECTION = SolrLocation.DEFAULT_COLLECTION;

  /** The cluster's client when the backend is Solr, closed with the server. */
  private volatile Optional<SolrCollectionClient> solrClient = Optional.empty();

  @Singleton
  SiteRenderer siteRenderer(
      @Value("${" + BASE_URL_PROPERTY + ":}") String baseUrl,
      @Value("${" + TIME_ZONE_PROPERTY + ":}") String timeZone,
      @Value("${" + SEARCH_PROPERTY + ":" + LUCENE + "}") String search,
      @Value("${" + SOLR_PROPERTY + ":}") String zkHost,
      @Value("${" + COLLECTION_PROPERTY + ":" + DEFAULT_COLLECTION + "}") String collection) {
    SiteSettings settings =
        SiteSettings.of(baseUrl.isBlank() ? SiteSettings.DEFAULT_BASE_URL : baseUrl);
    return SiteRenderer.create(
        timeZone.isBlank() ? settings : settings.withTimeZone(zone(timeZone)),
        searchFactory(search.strip(), zkHost, collection));
  }

  private ArticleSearchFactory searchFactory(String search, String zkHost, String collection) {
    return switch (search) {
      case LUCENE -> LuceneSearchFactory.create();
      case SOLR -> {
        if (zkHost.isBlank()) {
          throw new IllegalArgumentException(
              SEARCH_PROPERTY + " solr needs " + SOLR_PROPERTY + " (host:port[/chroot])");
        }
        SolrCollectionClient client =
            SolrCollectionClient.connect(SolrLocation.parse(zkHost, collection));
        solrClient = Optional.of(client);
        yield new SolrSearchFactory(client);
      }
      default ->
          throw new IllegalArgumentException(
              SEARCH_PROPERTY + " `" + search + "` is not " + LUCENE + " or " + SOLR);
    };
  }

  @PreDestroy
  void close() throws IOException {
    if (solrClient.isPresent()) {
      solrClient.get().close();
    }
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
