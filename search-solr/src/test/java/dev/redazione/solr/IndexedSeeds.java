package dev.redazione.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.testkit.Seeds;
import dev.redazione.testkit.generate.ArticleGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The seeds and 300 generated articles, loaded in memory and indexed into a collection (one shard,
 * two replicas) of a real two-node SolrCloud: made once for every test class of a run that asks for
 * it (a {@code @BeforeAll} parameter, with {@code @ExtendWith(IndexedSeeds.Resolver.class)}), since
 * starting a cluster takes most of such a test's time, and stopped when the run ends. The classes
 * only read the collection; one that stops a node starts it again and waits for the collection.
 */
final class IndexedSeeds implements AutoCloseable {

  static final int GENERATED = 300;
  static final String COLLECTION = "parita";

  private final Path folder;
  private final TestCluster cluster;
  private final SolrCollectionClient client;
  private final Archive archive;

  private IndexedSeeds() throws Exception {
    folder = Files.createTempDirectory("redazione-seeds");
    Path content = Files.createDirectory(folder.resolve("content"));
    Seeds.copyTo(content);
    new ArticleGenerator().writeTo(content.resolve("generati"), GENERATED, 7);
    archive = ContentLoader.create().load(content).archive();
    cluster = TestCluster.start();
    client = cluster.client(COLLECTION);
    assertThat(CollectionSetup.init(client, 1, 2)).isTrue();
    new SolrIndexer(client).index(archive, Set.of(), handled -> {});
  }

  /** The cluster. */
  TestCluster cluster() {
    return cluster;
  }

  /** A client of the collection. */
  SolrCollectionClient client() {
    return client;
  }

  /** The archive indexed. */
  Archive archive() {
    return archive;
  }

  /** A folder for a test's own files, deleted when the run ends. */
  Path folder() {
    return folder;
  }

  @Override
  public void close() throws Exception {
    client.close();
    cluster.close();
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Hands the one {@link IndexedSeeds} of the run to a parameter of that type. */
  static final class Resolver implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE =
        ExtensionContext.Namespace.create(IndexedSeeds.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
      return parameter.getParameter().getType() == IndexedSeeds.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
      return context
          .getRoot()
          .getStore(NAMESPACE)
          .getOrComputeIfAbsent(IndexedSeeds.class, k -> start(), IndexedSeeds.class);
    }

    private static IndexedSeeds start() {
      try {
        return new IndexedSeeds();
      } catch (Exception e) {
        throw new IllegalStateException("cannot start the cluster with the seeds", e);
      }
    }
  }
}
