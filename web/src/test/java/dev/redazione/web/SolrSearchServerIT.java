package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.ingest.ContentLoader;
import dev.redazione.solr.CollectionSetup;
import dev.redazione.solr.SolrCollectionClient;
import dev.redazione.solr.SolrIndexer;
import dev.redazione.solr.SolrLocation;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code serve --search solr}: the server searches a collection of a real two-node SolrCloud (one
 * shard, two replicas) indexed from the seeds; with both Solr nodes down, search answers the styled
 * 503 with {@code Retry-After} while articles are still served, and it answers again once the nodes
 * are back.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SolrSearchServerIT implements TestPropertyProvider {

  private static final String COLLECTION = "sito";

  private MiniSolrCloudCluster cluster;

  @Inject
  @Client("/")
  HttpClient client;

  @Override
  public Map<String, String> getProperties() {
    try {
      Path home = Files.createTempDirectory("redazione-solr-web");
      System.setProperty("solr.log.dir", home.resolve("logs").toString());
      cluster = new MiniSolrCloudCluster(2, home, JettyConfig.builder().build());
      String zkHost = cluster.getZkServer().getZkAddress();
      try (SolrCollectionClient solr =
          SolrCollectionClient.connect(SolrLocation.parse(zkHost, COLLECTION))) {
        CollectionSetup.init(solr, 1, 2);
        new SolrIndexer(solr)
            .index(
                ContentLoader.create().load(ProjectContent.folder()).archive(), Set.of(), n -> {});
      }
      return ProjectContent.serverProperties(
          SiteFactory.SEARCH_PROPERTY,
          SiteFactory.SOLR,
          SiteFactory.SOLR_PROPERTY,
          zkHost,
          SiteFactory.COLLECTION_PROPERTY,
          COLLECTION);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException("cannot start the test SolrCloud", e);
    }
  }

  @AfterAll
  void stopCluster() throws Exception {
    cluster.shutdown();
  }

  @Test
  void searchesTheClusterAndAnswersAStyled503WhileItIsDown() throws Exception {
    Pages pages = new Pages(client.toBlocking());
    Document found = pages.html("/cerca?q=Stargate");
    assertThat(found.select(".result__title a")).hasSize(2);
    assertThat(found.select(".result__title mark").text()).containsIgnoringCase("stargate");
    String article = found.expectFirst(".result__title a").attr("href");

    List<JettySolrRunner> nodes = List.copyOf(cluster.getJettySolrRunners());
    for (JettySolrRunner node : nodes) {
      cluster.stopJettySolrRunner(node);
    }
    HttpResponse<byte[]> down = pages.get("/cerca?q=Stargate");
    assertThat(down.getStatus().getCode()).isEqualTo(503);
    assertThat(down.header(HttpHeaders.RETRY_AFTER))
        .isEqualTo(SearchController.RETRY_AFTER_SECONDS);
    assertThat(Pages.text(down)).contains("Ricerca non disponibile").doesNotContain("Exception");
    assertThat(Pages.text(down)).contains("/assets/");
    HttpResponse<byte[]> api = pages.get("/api/search?q=Stargate");
    assertThat(api.getStatus().getCode()).isEqualTo(503);
    assertThat(Pages.text(api)).contains("\"error\":\"search-offline\"");
    assertThat(pages.get(article).getStatus().getCode()).isEqualTo(200);

    for (JettySolrRunner node : nodes) {
      cluster.startJettySolrRunner(node);
    }
    cluster.waitForActiveCollection(COLLECTION, 1, 2);
    assertThat(pages.html("/cerca?q=Stargate").select(".result__title a")).hasSize(2);
  }
}
