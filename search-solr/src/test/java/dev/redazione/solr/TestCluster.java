package dev.redazione.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;

/**
 * A real SolrCloud for tests: embedded ZooKeeper and two Solr nodes on random ports of this
 * machine. Start one per test class; it takes 10 to 15 seconds.
 */
final class TestCluster implements AutoCloseable {

  private final Path folder;
  private final MiniSolrCloudCluster cluster;

  private TestCluster(Path folder, MiniSolrCloudCluster cluster) {
    this.folder = folder;
    this.cluster = cluster;
  }

  static TestCluster start() throws Exception {
    Path folder = Files.createTempDirectory("redazione-solrcloud");
    System.setProperty("solr.log.dir", folder.resolve("logs").toString());
    return new TestCluster(
        folder, new MiniSolrCloudCluster(2, folder, JettyConfig.builder().build()));
  }

  MiniSolrCloudCluster cluster() {
    return cluster;
  }

  /** The ensemble with the cluster's chroot, as {@code --solr} takes it. */
  String zkHost() {
    return cluster.getZkServer().getZkAddress();
  }

  /** A client of a collection of this cluster. */
  SolrCollectionClient client(String collection) {
    return SolrCollectionClient.connect(SolrLocation.parse(zkHost(), collection));
  }

  @Override
  public void close() throws Exception {
    cluster.shutdown();
    try (var paths = Files.walk(folder)) {
      paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
