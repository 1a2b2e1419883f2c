package dev.redazione.solr;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a collection lives: the ZooKeeper ensemble of a SolrCloud cluster, its optional chroot and
 * the collection's name. Immutable and thread-safe.
 *
 * @param zkHosts the ZooKeeper servers as {@code host:port}, at least one
 * @param chroot the ZooKeeper path of the cluster, such as {@code /solr}; empty for the root
 * @param collection the collection's name
 */
public record SolrLocation(List<String> zkHosts, Optional<String> chroot, String collection) {

  /** The collection name used when none is given. */
  public static final String DEFAULT_COLLECTION = "redazione";

  /** Requires hosts and a plain collection name. */
  public SolrLocation {
    zkHosts = List.copyOf(zkHosts);
    Objects.requireNonNull(chroot, "chroot");
    Objects.requireNonNull(collection, "collection");
    if (zkHosts.isEmpty() || zkHosts.stream().anyMatch(h -> !h.matches("[A-Za-z0-9.:\\[\\]-]+"))) {
      throw new IllegalArgumentException(
          "ZooKeeper hosts "
              + zkHosts
              + " are not host:port pairs; expected e.g. zk1:2181,zk2:2181");
    }
    if (!collection.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
      throw new IllegalArgumentException(
          "collection name `"
              + collection
              + "` is not valid; expected letters, digits, `.`, `_` and `-`");
    }
  }

  /**
   * Parses {@code HOST:PORT[,HOST:PORT…][/chroot]}.
   *
   * @param zkHost the ensemble with its optional chroot, as SolrCloud writes it
   * @param collection the collection's name
   * @throws IllegalArgumentException naming the bad value
   */
  public static SolrLocation parse(String zkHost, String collection) {
    Objects.requireNonNull(zkHost, "zkHost");
    String text = zkHost.strip();
    int slash = text.indexOf('/');
    String hosts = slash < 0 ? text : text.substring(0, slash);
    String root = slash < 0 ? "" : text.substring(slash);
    if (!root.isEmpty() && !root.matches("(/[A-Za-z0-9._-]+)+")) {
      throw new IllegalArgumentException(
          "ZooKeeper chroot `" + root + "` is not a path such as /solr");
    }
    return new SolrLocation(
        Arrays.stream(hosts.split(",")).map(String::strip).filter(h -> !h.isEmpty()).toList(),
        root.isEmpty() ? Optional.empty() : Optional.of(root),
        collection);
  }

  /** The ensemble as SolrCloud writes it, {@code host:port,…/chroot}. */
  public String zkHost() {
    return String.join(",", zkHosts) + chroot.orElse("");
  }
}
