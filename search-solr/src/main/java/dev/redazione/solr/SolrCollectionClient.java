package dev.redazione.solr;

import dev.redazione.core.search.SearchUnavailableException;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.impl.Http2SolrClient;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.SolrParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One collection of a SolrCloud cluster, through a {@link CloudSolrClient} that follows the
 * cluster's state in ZooKeeper and sends each request to a live replica. A cluster that cannot be
 * reached raises {@link SearchUnavailableException}; a request Solr refuses as bad is logged and
 * answered with nothing. Thread-safe; close it to release the connections.
 */
public final class SolrCollectionClient implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SolrCollectionClient.class);

  /** How many times a query is asked before the cluster is taken to be unavailable. */
  static final int QUERY_ATTEMPTS = 3;

  private static final int CONNECT_SECONDS = 5;
  private static final int IDLE_SECONDS = 30;
  private static final int ZK_CLIENT_TIMEOUT_SECONDS = 15;
  private static final int ZK_CONNECT_SECONDS = 5;

  private final SolrLocation location;
  private final CloudSolrClient client;

  private SolrCollectionClient(SolrLocation location, CloudSolrClient client) {
    this.location = location;
    this.client = client;
  }

  /** A client of the collection; it connects on first use. */
  public static SolrCollectionClient connect(SolrLocation location) {
    Objects.requireNonNull(location, "location");
    CloudSolrClient client =
        new CloudSolrClient.Builder(location.zkHosts(), location.chroot())
            .withInternalClientBuilder(
                new Http2SolrClient.Builder()
                    .withConnectionTimeout(CONNECT_SECONDS, TimeUnit.SECONDS)
                    .withIdleTimeout(IDLE_SECONDS, TimeUnit.SECONDS))
            .withZkClientTimeout(ZK_CLIENT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
            .withZkConnectTimeout(ZK_CONNECT_SECONDS, TimeUnit.SECONDS)
            .build();
    return new SolrCollectionClient(location, client);
  }

  /** Where the collection lives. */
  public SolrLocation location() {
    return location;
  }

  CloudSolrClient client() {
    return client;
  }

  /**
   * Runs a query. Queries only read, so one that a node fails to answer (a node going down may
   * answer half a response before the cluster notices) is asked again, up to {@value
   * #QUERY_ATTEMPTS} times in all, and the cluster's load balancing may send it to another replica.
   *
   * @param what what is asked, for the log
   * @return the answer; empty when Solr refused the request as bad
   * @throws SearchUnavailableException when the cluster cannot answer
   */
  Optional<QueryResponse> query(SolrParams params, String what) {
    for (int attempt = 1; ; attempt++) {
      try {
        return Optional.of(client.query(location.collection(), params, SolrRequest.METHOD.POST));
      } catch (SolrException e) {
        if (e.code() == SolrException.ErrorCode.BAD_REQUEST.code) {
          LOG.warn("Solr refused the query for {}: {}", what, e.getMessage());
          return Optional.empty();
        }
        if (attempt == QUERY_ATTEMPTS) {
          throw unavailable(what, e);
        }
        LOG.warn("Asking again for {}: {}", what, e.getMessage());
      } catch (SolrServerException | IOException | RuntimeException e) {
        if (attempt == QUERY_ATTEMPTS) {
          throw unavailable(what, e);
        }
        LOG.warn("Asking again for {}: {}", what, e.getMessage());
      }
    }
  }

  /** Adds or replaces documents, without committing. */
  void add(Collection<SolrInputDocument> documents) throws IOException, SolrServerException {
    client.add(location.collection(), documents);
  }

  /** Deletes documents by id, without committing. */
  void delete(List<String> ids) throws IOException, SolrServerException {
    client.deleteById(location.collection(), ids);
  }

  /** Commits, so what was written is searched from now on. */
  void commit() throws IOException, SolrServerException {
    client.commit(location.collection(), true, true);
  }

  private SearchUnavailableException unavailable(String what, Exception e) {
    return new SearchUnavailableException(
        "SolrCloud collection "
            + location.collection()
            + " at "
            + location.zkHost()
            + " cannot answer "
            + what
            + ": "
            + e.getMessage(),
        e);
  }

  @Override
  public void close() throws IOException {
    client.close();
  }
}
