package dev.redazione.cli;

import dev.redazione.core.Severity;
import dev.redazione.core.search.SearchUnavailableException;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import dev.redazione.solr.CollectionSetup;
import dev.redazione.solr.SolrCollectionClient;
import dev.redazione.solr.SolrLocation;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
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
 * read). A content folder that cannot be listed leaves the collection alone. With {@code --watch}
 * it then keeps the collection current as files change ({@link CollectionWatch}).
 */
@Command(
    name = "index",
    mixinStandardHelpOptions = true,
    description = {
      "Indexes the published articles into a SolrCloud collection, in batches: only new and"
          + " changed articles are written, removed ones are deleted.",
      "A file that fails to load or has errors keeps its last good version. --init uploads the"
          + " config set and creates the collection first (or reloads it). --watch then keeps the"
          + " collection current as files change."
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
      names = "--watch",
      description =
          "After indexing, keep the collection current as files change, until stopped (Ctrl-C).")
  private boolean watch;

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
  public Integer call() throws IOException {
    SolrLocation location = location();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CollectionWatch.ProcessStop stop = watch ? new CollectionWatch.ProcessStop() : null;
    try (SolrCollectionClient client = SolrCollectionClient.connect(location)) {
      CollectionSync sync = new CollectionSync(client, out, err);
      if (watch) {
        if (init && !init(client, out, err)) {
          return ExitCode.FAILURE;
        }
        return new CollectionWatch(content.folder(), location.zkHost(), sync, out, err).run(stop);
      }
      LoadResult load = loader.load(content.folder());
      if (!load.folderListed()) {
        CollectionSync.folderNotListed(err, load, "");
        return ExitCode.FAILURE;
      }
      if (init && !init(client, out, err)) {
        return ExitCode.FAILURE;
      }
      Progress progress = Progress.start(err, terminal, "index", load.archive().size());
      int[] shown = {0};
      sync.run(
          load,
          handled -> {
            for (; shown[0] < handled; shown[0]++) {
              progress.advance();
            }
          });
      progress.finish();
      return ExitCode.of(load.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR));
    } catch (IOException | SolrServerException | SolrException | SearchUnavailableException e) {
      CollectionSync.unreachable(err, location.zkHost(), e, "");
      return ExitCode.FAILURE;
    } finally {
      if (stop != null) {
        stop.finished();
      }
    }
  }

  /** Uploads the config set and creates or reloads the collection; whether the cluster answered. */
  private boolean init(SolrCollectionClient client, PrintWriter out, PrintWriter err) {
    try {
      boolean created = CollectionSetup.init(client, shards, replicas);
      out.println(
          (created ? "created collection " : "reloaded collection ")
              + client.location().collection()
              + " with the config set");
      out.flush();
      return true;
    } catch (IOException | SolrServerException | SolrException | SearchUnavailableException e) {
      CollectionSync.unreachable(err, client.location().zkHost(), e, "");
      return false;
    }
  }

  private SolrLocation location() {
    try {
      return SolrLocation.parse(zkHost, collection);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
