package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Severity;
import dev.redazione.ingest.LoadResult;
import dev.redazione.solr.SolrCollectionClient;
import dev.redazione.solr.SolrIndexer;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;

/**
 * One run of {@code index}: brings the collection in step with one load of the content folder and
 * prints what it did, and why a file's last good version was kept or a file was not indexed (its
 * errors, then one line per file). Used by one thread at a time.
 */
final class CollectionSync {

  private final SolrCollectionClient client;
  private final PrintWriter out;
  private final PrintWriter err;

  CollectionSync(SolrCollectionClient client, PrintWriter out, PrintWriter err) {
    this.client = client;
    this.out = out;
    this.err = err;
  }

  /**
   * Indexes the load.
   *
   * @param progress told the number of articles handled so far
   */
  SolrIndexer.Report run(LoadResult load, IntConsumer progress)
      throws IOException, SolrServerException {
    SolrIndexer.Report report =
        new SolrIndexer(client).index(load.archive(), failedPaths(load), progress);
    Set<String> explained = new HashSet<>(report.keptPaths());
    explained.addAll(report.heldBackPaths());
    load.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR || isUnreadable(d))
        .filter(d -> explained.contains(d.path()) || isUnreadable(d))
        .forEach(d -> err.println("index: " + d.format()));
    report
        .keptPaths()
        .forEach(
            path ->
                err.println(
                    "index: "
                        + path
                        + ": the collection keeps its last good version (see the errors above)"));
    report
        .heldBackPaths()
        .forEach(path -> err.println("index: " + path + ": has errors; not indexed until fixed"));
    err.flush();
    out.println(
        "indexed "
            + load.archive().size()
            + " articles into "
            + client.location().collection()
            + ": "
            + report.written()
            + " written, "
            + report.unchanged()
            + " unchanged, "
            + report.deleted()
            + " deleted, "
            + report.kept()
            + " kept for files with errors");
    out.flush();
    return report;
  }

  /** Says that the content folder could not be listed and the collection was left alone. */
  static void folderNotListed(PrintWriter err, LoadResult load, String then) {
    load.diagnostics().forEach(d -> err.println("index: " + d.message()));
    err.println(
        "index: the content folder could not be read; the collection was left alone" + then);
    err.flush();
  }

  /** Says that the cluster could not be reached. */
  static void unreachable(PrintWriter err, String zkHost, Exception e, String then) {
    err.println("index: cannot reach SolrCloud at " + zkHost + ": " + e.getMessage() + then);
    err.flush();
  }

  private static boolean isUnreadable(Diagnostic diagnostic) {
    return diagnostic.code().equals(DiagnosticCode.UNREADABLE_PATH.code());
  }

  /**
   * Paths with an error that gave no article (a file that failed to load, or a folder that could
   * not be read): their documents in the collection stay. (An article with errors keeps its
   * document by the indexer's own rule.)
   */
  private static Set<String> failedPaths(LoadResult load) {
    Set<String> loaded =
        Stream.concat(load.archive().articles().stream(), load.drafts().stream())
            .map((Article a) -> a.report().source().path())
            .collect(Collectors.toSet());
    return load.diagnostics().stream()
        .filter(d -> d.severity() == Severity.ERROR || isUnreadable(d))
        .map(Diagnostic::path)
        .filter(path -> !loaded.contains(path))
        .collect(Collectors.toUnmodifiableSet());
  }
}
