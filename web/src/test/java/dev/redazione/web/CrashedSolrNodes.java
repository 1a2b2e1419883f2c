package dev.redazione.web;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import org.apache.solr.embedded.JettySolrRunner;
import org.eclipse.jetty.server.Request;

/**
 * A servlet filter on every Solr node of a test cluster that makes a node behave like a process
 * killed with {@code kill -9}: once {@link #crash crashed}, every request that reaches it has its
 * connection cut with no answer, while its ZooKeeper session stays open, so the cluster still lists
 * it as live and its replica as active (as in the seconds after a real crash, before the session
 * times out). {@code MiniSolrCloudCluster.stopJettySolrRunner} instead stops a node cleanly: it
 * closes its cores and leaves the cluster first, so the clients know at once.
 */
public final class CrashedSolrNodes implements Filter {

  private static final Set<Integer> CRASHED = ConcurrentHashMap.newKeySet();
  private static final AtomicInteger CUT = new AtomicInteger();

  /** Cuts every connection to the node from now on. */
  static void crash(JettySolrRunner node) {
    CRASHED.add(node.getLocalPort());
  }

  /** How many requests had their connection cut so far. */
  static int cutRequests() {
    return CUT.get();
  }

  /** Lets the node answer again. */
  static void revive(JettySolrRunner node) {
    CRASHED.remove(node.getLocalPort());
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (CRASHED.contains(request.getLocalPort())) {
      CUT.incrementAndGet();
      Request.getBaseRequest(request).getHttpChannel().getEndPoint().close();
      return;
    }
    chain.doFilter(request, response);
  }
}
