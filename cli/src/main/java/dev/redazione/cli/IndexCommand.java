package dev.redazione.cli;

import dev.redazione.core.Article;
import dev.redazione.core.Diagnostic;
import dev.redazione.core.DiagnosticCode;
import dev.redazione.core.Severity;
import dev.redazione.core.search.SearchUnavailableException;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import dev.redazione.solr.CollectionSetup;
import dev.redazione.solr.SolrCollectionClient;
import dev.redazione.solr.SolrIndexer;
import dev.redazione.solr.SolrLocation;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code redazione index --solr ZKHOST[/chroot]}: brings a SolrCloud collection in step with the
 * content folder, for web nodes that search it ({@code serve --search solr}). Unchanged articles
 * are not written again, articles whose file is gone are deleted, and a file that fails to load
 * keeps its last good version in the collection (so do the files of a subfolder that cannot be
 * read). A content folder that cannot be listed leaves the collection alone.
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Indexes the published articles into a SolrCloud collection, in batches: only new and"
          + " changed articles are written, removed ones are deleted.",
      "A file that fails to load keeps its last good version. --init uploads the config set and"
          + " creates the collection first (or reloads it)."
    })
final class IndexCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;
  @Mixin private ContentOption content;

  @Option(
      names = "--solr",
      required = true,
      paramLabel = "ZKHOST",
      description = "The cluster's ZooKeeper ensemble, host:port[,host:port…][/chroot].")
  private String zkHost;

  @Option(
      names = "--collection",
      paramLabel = "NAME",
      defaultValue = SolrLocation.DEFAULT_COLLECTION,
      description = "The collection (default: ${DEFAULT-VALUE}).")
  private String collection;

  @Option(
      names = "--init",
      description = "Upload the config set and create the collection, or reload it if it exists.")
  private boolean init;

  @Option(
      names = "--shards",
      paramLabel = "N",
      defaultValue = "1",
      description = "Shards of a collection that --init creates (default: ${DEFAULT-VALUE}).")
  private int shards;

  @Option(
      names = "--replicas",
      paramLabel = "N",
      defaultValue = "2",
      description =
          "Copies of each shard of a collection that --init creates (default: ${DEFAULT-VALUE}).")
  private int replicas;

  private final ContentLoader loader;
  private final Terminal terminal;

  @Inject
  IndexCommand(ContentLoader loader, Terminal terminal) {
    this.loader = loader;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    SolrLocation location = location();
    LoadResult load = loader.load(content.folder());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!load.folderListed()) {
      load.diagnostics().forEach(d -> err.println("index: " + d.message()));
      err.println("index: the content folder could not be read; the collection was left alone");
      err.flush();
      return ExitCode.FAILURE;
    }
    try (SolrCollectionClient client = SolrCollectionClient.connect(location)) {
      if (init) {
        boolean created = CollectionSetup.init(client, shards, replicas);
        out.println(
            (created ? "created collection " : "reloaded collection ")
                + location.collection()
                + " with the config set");
      }
      Progress progress = Progress.start(err, terminal, "index", load.archive().size());
      int[] shown = {0};
      SolrIndexer.Report report =
          new SolrIndexer(client)
              .index(
                  load.archive(),
                  failedPaths(load),
                  handled -> {
                    for (; shown[0] < handled; shown[0]++) {
                      progress.advance();
                    }
                  });
      progress.finish();
      out.println(
          "indexed "
              + load.archive().size()
              + " articles into "
              + location.collection()
              + ": "
              + report.written()
              + " written, "
              + report.unchanged()
              + " unchanged, "
              + report.deleted()
              + " deleted, "
              + report.kept()
              + " kept for files that failed to load");
      out.flush();
    } catch (IOException | SolrServerException | SolrException | SearchUnavailableException e) {
      err.println("index: cannot reach SolrCloud at " + location.zkHost() + ": " + e.getMessage());
      err.flush();
      return ExitCode.FAILURE;
    }
    return ExitCode.of(load.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
  }

  private SolrLocation location() {
    try {
      return SolrLocation.parse(zkHost, collection);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Paths with an error that gave no article (a file that failed to load, or a folder that could
   * not be read): their documents in the collection stay.
   */
  private static Set<String> failedPaths(LoadResult load) {
    Set<String> loaded =
        Stream.concat(load.archive().articles().stream(), load.drafts().stream())
            .map((Article a) -> a.report().source().path())
            .collect(Collectors.toSet());
    return load.diagnostics().stream()
        .filter(
            d ->
                d.severity() == Severity.ERROR
                    || d.code().equals(DiagnosticCode.UNREADABLE_PATH.code()))
        .map(Diagnostic::path)
        .filter(path -> !loaded.contains(path))
        .collect(Collectors.toUnmodifiableSet());
  }
}
