package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.ingest.ContentLoader;
import dev.redazione.solr.CollectionSetup;
import dev.redazione.solr.SolrCollectionClient;
import dev.redazione.solr.SolrIndexer;
import dev.redazione.solr.SolrLocation;
import dev.redazione.testkit.Seeds;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.apache.solr.embedded.JettySolrRunner;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two web nodes ({@code serve --search solr}, each a real server on its own port) on one collection
 * of a real two-node SolrCloud (one shard, two replicas), over one content folder, as behind a load
 * balancer: the same search gives the same answer on both; an update sent through the indexer is
 * found on both at once, and not before; and a Solr node that dies abruptly during a query loop
 * over both web nodes loses no request. One cluster for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoWebNodesIT {

  private static final String COLLECTION = "nodi";
  private static final String SLUG = "due-nodi-una-raccolta";
  private static final int BEFORE_CRASH = 10;
  private static final int AFTER_CRASH = 30;

  private Path temp;
  private Path content;
  private MiniSolrCloudCluster cluster;
  private final List<EmbeddedServer> servers = new ArrayList<>();
  private final List<HttpClient> clients = new ArrayList<>();
  private final List<Pages> nodes = new ArrayList<>();

  @BeforeAll
  void start() throws Exception {
    temp = Files.createTempDirectory("redazione-two-nodes");
    System.setProperty("solr.log.dir", temp.resolve("logs").toString());
    cluster =
        new MiniSolrCloudCluster(
            2,
            temp.resolve("solr"),
            JettyConfig.builder().withFilter(CrashedSolrNodes.class, "/*").build());
    content = Seeds.copyTo(temp.resolve("content"));
    Files.writeString(content.resolve("nodi.md"), article("La prima stesura del pezzo."));
    try (SolrCollectionClient solr = solr()) {
      CollectionSetup.init(solr, 1, 2);
    }
    index();
    String zkHost = cluster.getZkServer().getZkAddress();
    for (int i = 0; i < 2; i++) {
      EmbeddedServer server =
          ApplicationContext.run(
              EmbeddedServer.class,
              Map.of(
                  ContentSnapshots.CONTENT_PROPERTY,
                  content.toString(),
                  SiteFactory.SEARCH_PROPERTY,
                  SiteFactory.SOLR,
                  SiteFactory.SOLR_PROPERTY,
                  zkHost,
                  SiteFactory.COLLECTION_PROPERTY,
                  COLLECTION,
                  "micronaut.server.port",
                  "-1"),
              Environment.TEST);
      servers.add(server);
      HttpClient client = HttpClient.create(server.getURL());
      clients.add(client);
      nodes.add(new Pages(client.toBlocking()));
    }
  }

  @AfterAll
  void stop() throws Exception {
    clients.forEach(HttpClient::close);
    servers.forEach(server -> server.getApplicationContext().close());
    cluster.shutdown();
    try (Stream<Path> paths = Files.walk(temp)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static String article(String body) {
    return "---\ntitle: Due nodi, una raccolta\ndate: 2025-03-01\ntags: [Redazione]\n---\n\n"
        + body
        + "\n";
  }

  private SolrCollectionClient solr() {
    return SolrCollectionClient.connect(
        SolrLocation.parse(cluster.getZkServer().getZkAddress(), COLLECTION));
  }

  /** What {@code redazione index} does: the folder's articles into the collection, committed. */
  private void index() throws Exception {
    try (SolrCollectionClient solr = solr()) {
      new SolrIndexer(solr)
          .index(ContentLoader.create().load(content).archive(), Set.of(), n -> {});
    }
  }

  /** The results of a search on each node, as the page lists them. */
  private List<String> results(String query) {
    return nodes.stream()
        .map(node -> node.html("/cerca?q=" + query).select(".results").outerHtml())
        .toList();
  }

  @Test
  @Order(1)
  void bothNodesGiveTheSameAnswer() {
    List<String> stargate = results("Stargate");
    assertThat(stargate.get(0)).contains("result__title").contains("<mark>");
    assertThat(stargate.get(1)).isEqualTo(stargate.get(0));
    List<String> api =
        nodes.stream().map(node -> Pages.text(node.get("/api/search?q=Stargate"))).toList();
    assertThat(api.get(0)).contains("\"total\":2");
    assertThat(api.get(1)).isEqualTo(api.get(0));
  }

  @Test
  @Order(2)
  void anUpdateThroughTheIndexerIsFoundOnBothNodes() throws Exception {
    assertThat(results("ornitorinco")).containsOnly("");
    Files.writeString(
        content.resolve("nodi.md"), article("La seconda stesura parla di un ornitorinco."));
    for (Pages node : nodes) {
      awaitTrue(() -> node.html("/articoli/" + SLUG).text().contains("ornitorinco"));
    }
    assertThat(results("ornitorinco"))
        .as("each node has read the file, but search answers from the collection")
        .containsOnly("");

    index();

    List<String> found = results("ornitorinco");
    assertThat(found.get(0)).contains("/articoli/" + SLUG).contains("<mark>ornitorinco</mark>");
    assertThat(found.get(1)).isEqualTo(found.get(0));
  }

  /**
   * A bounded query loop alternating between the two web nodes (10 requests, then 30 more after one
   * Solr node dies abruptly) ({@link CrashedSolrNodes}): its connections are cut while the cluster
   * still lists it as live. SolrJ tries the other replica, so every answer is complete.
   */
  @Test
  @Order(3)
  void aSolrNodeThatDiesAbruptlyLosesNoRequest() throws Exception {
    JettySolrRunner victim = cluster.getJettySolrRunner(0);
    List<String> failures = new ArrayList<>();
    int answered = 0;
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    boolean crashed = false;
    try {
      while (answered < BEFORE_CRASH + AFTER_CRASH && System.nanoTime() < deadline) {
        if (answered == BEFORE_CRASH) {
          CrashedSolrNodes.crash(victim);
          crashed = true;
        }
        Pages node = nodes.get(answered % 2);
        HttpResponse<byte[]> response = node.get("/cerca?q=Stargate");
        int hits =
            response.getStatus().getCode() == 200
                ? Jsoup.parse(Pages.text(response)).select(".result__title a").size()
                : -1;
        if (hits != 2) {
          failures.add("request " + answered + ": status " + response.getStatus() + ", " + hits);
        }
        answered++;
      }
    } finally {
      CrashedSolrNodes.revive(victim);
    }
    assertThat(crashed).isTrue();
    assertThat(CrashedSolrNodes.cutRequests())
        .as("requests that reached the dead node")
        .isPositive();
    assertThat(failures).isEmpty();
    assertThat(answered).isEqualTo(BEFORE_CRASH + AFTER_CRASH);
  }

  private static void awaitTrue(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not true within 30 s");
      }
      Thread.sleep(100);
    }
  }
}
