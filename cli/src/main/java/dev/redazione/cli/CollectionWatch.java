package dev.redazione.cli;

import dev.redazione.core.search.SearchUnavailableException;
import dev.redazione.ingest.ContentFolderWatcher;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.common.SolrException;

/**
 * {@code index --watch}: after the first run, indexes the content folder again each time its files
 * change, through ingest's {@link ContentFolderWatcher}. A burst of changes is one run, once the
 * folder has been quiet for {@link #PACING}'s quiet time or at most its longest wait after the
 * first change; a run that fails (the cluster cannot be reached, the folder cannot be listed) is
 * retried with a growing wait. Files are read again only when they changed ({@link
 * ContentLoader#remembering()}). Runs until the process is stopped (Ctrl-C): a run in progress then
 * ends, with its commit, before the process exits.
 */
final class CollectionWatch implements ContentFolderWatcher.Listener {

  /** The waits of the watcher: bursts within {@code quiet} are one run. */
  static final ContentFolderWatcher.Pacing PACING =
      new ContentFolderWatcher.Pacing(
          Duration.ofMillis(300),
          Duration.ofSeconds(5),
          Duration.ofSeconds(1),
          Duration.ofSeconds(30));

  private final Path folder;
  private final String zkHost;
  private final CollectionSync sync;
  private final PrintWriter out;
  private final PrintWriter err;
  private final ContentLoader loader = ContentLoader.remembering();

  CollectionWatch(
      Path folder, String zkHost, CollectionSync sync, PrintWriter out, PrintWriter err) {
    this.folder = folder;
    this.zkHost = zkHost;
    this.sync = sync;
    this.out = out;
    this.err = err;
  }

  /**
   * Indexes the folder, then watches it until the process is stopped.
   *
   * @return the exit code when the first run fails; otherwise it returns only once stopped
   */
  int run(ProcessStop stop) throws IOException {
    try (ContentFolderWatcher watching =
        ContentFolderWatcher.start(folder, PACING, task -> new Thread(task, "index-watch"), this)) {
      if (!runOnce("")) {
        return ExitCode.FAILURE;
      }
      out.println("watching " + folder + " for changes (Ctrl-C stops)");
      out.flush();
      stop.await();
    }
    out.println("stopped watching " + folder);
    out.flush();
    return ExitCode.OK;
  }

  @Override
  public boolean changed(boolean retrying) {
    return runOnce("; will try again");
  }

  /**
   * Loads the folder and indexes it; whether it succeeded.
   *
   * @param then said after a failure
   */
  private synchronized boolean runOnce(String then) {
    LoadResult load = loader.load(folder);
    if (!load.folderListed()) {
      CollectionSync.folderNotListed(err, load, then);
      return false;
    }
    try {
      sync.run(load, handled -> {});
      return true;
    } catch (IOException | SolrServerException | SolrException | SearchUnavailableException e) {
      CollectionSync.unreachable(err, zkHost, e, then);
      return false;
    }
  }

  @Override
  public void notWatched(Path dir, String reason) {
    err.println("index: cannot watch " + dir + ": " + reason);
    err.flush();
  }

  @Override
  public void recovered() {
    out.println("watching " + folder + " again");
    out.flush();
  }

  /**
   * The end of a watch: a shutdown hook (Ctrl-C, {@code kill}) releases {@link #await()} and then
   * waits for the watch to finish, so the run in progress commits before the process exits.
   */
  static final class ProcessStop {

    private static final Duration FINISH_WAIT = Duration.ofSeconds(60);

    private final CountDownLatch stopping = new CountDownLatch(1);
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Thread hook;

    ProcessStop() {
      hook =
          new Thread(
              () -> {
                stopping.countDown();
                try {
                  finished.await(
                      FINISH_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
              },
              "index-stop");
      Runtime.getRuntime().addShutdownHook(hook);
    }

    void await() {
      try {
        stopping.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** The watch is over: the hook may let the process exit, or is removed if it never ran. */
    void finished() {
      finished.countDown();
      if (stopping.getCount() > 0) {
        try {
          Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
          // the hook is running and has just been released
        }
      }
    }
  }
}
