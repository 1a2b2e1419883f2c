package dev.redazione.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.ZkClientClusterStateProvider;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;

/**
 * Prepares a collection: uploads the shipped config set to ZooKeeper and creates the collection
 * with it, or reloads an existing one so it reads the new config set. Running it again changes
 * nothing else. Stateless.
 */
public final class CollectionSetup {

  /** Where SolrCloud keeps config sets in ZooKeeper. */
  private static final String CONFIGS = "/configs/";

  private CollectionSetup() {}

  /**
   * Uploads the config set and creates or reloads the collection.
   *
   * @param shards the number of shards of a new collection
   * @param replicas the copies of each shard of a new collection; 2 keeps it searchable when a node
   *     fails
   * @return whether the collection was created (false: it existed and was reloaded)
   */
  public static boolean init(SolrCollectionClient collection, int shards, int replicas)
      throws IOException, SolrServerException {
    if (shards < 1 || replicas < 1) {
      throw new IllegalArgumentException(
          "shards and replicas must be at least 1, were " + shards + " and " + replicas);
    }
    uploadConfigSet(collection);
    String name = collection.location().collection();
    if (CollectionAdminRequest.listCollections(collection.client()).contains(name)) {
      CollectionAdminRequest.reloadCollection(name).process(collection.client());
      return false;
    }
    CollectionAdminRequest.Create create =
        CollectionAdminRequest.createCollection(name, ConfigSet.NAME, shards, replicas);
    create.setWaitForFinalState(true);
    create.process(collection.client());
    return true;
  }

  private static void uploadConfigSet(SolrCollectionClient collection) throws IOException {
    Path folder = Files.createTempDirectory("redazione-configset");
    try {
      ConfigSet.writeTo(folder);
      ZkClientClusterStateProvider.from(collection.client())
          .getZkStateReader()
          .getZkClient()
          .uploadToZK(folder, CONFIGS + ConfigSet.NAME, null);
    } finally {
      delete(folder);
    }
  }

  private static void delete(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      paths.sorted(Comparator.reverseOrder()).forEach(CollectionSetup::deleteOne);
    }
  }

  private static void deleteOne(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path, e);
    }
  }
}
