package dev.redazione.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.search.SearchQuery;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.solr.SolrCollectionClient;
import dev.redazione.solr.SolrLocation;
import dev.redazione.solr.SolrSearchFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettyConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code redazione index --solr} on a real two-node SolrCloud, started once for the class. */
class IndexCommandIT {

  @TempDir static Path solrHome;
  @TempDir Path temp;

  private static MiniSolrCloudCluster cluster;

  @BeforeAll
  static void startCluster() throws Exception {
    System.setProperty("solr.log.dir", solrHome.resolve("logs").toString());
    cluster = new MiniSolrCloudCluster(2, solrHome, JettyConfig.builder().build());
  }

  @AfterAll
  static void stopCluster() throws Exception {
    cluster.shutdown();
  }

  private static String zkHost() {
    return cluster.getZkServer().getZkAddress();
  }

  private static int hits(String collection, Path folder, String text) throws Exception {
    try (SolrCollectionClient client =
        SolrCollectionClient.connect(SolrLocation.parse(zkHost(), collection))) {
      return new SolrSearchFactory(client)
          .index(ContentLoader.create().load(folder).archive())
          .search(SearchQuery.of(text))
          .totalHits();
    }
  }

  @Test
  void indexesOnlyWhatChangedAndDeletesWhatIsGone() throws Exception {
    ContentFolder content =
        new ContentFolder(temp)
            .with("uno.md", "---\ntitle: Zanzara tigre\ndate: 2024-05-01\n---\n\nLa zanzara.\n")
            .with("due.md", "---\ntitle: Piste ciclabili\ndate: 2024-06-01\n---\n\nLe piste.\n")
            .with("tre.md", "---\ntitle: Bilancio comunale\ndate: 2024-07-01\n---\n\nI conti.\n");
    String[] index = {
      "index", "--solr", zkHost(), "--collection", "cli", "--content", content.arg()
    };

    CliRun first = CliRun.of(append(index, "--init"));
    assertThat(first.exitCode()).as(first.toString()).isEqualTo(ExitCode.OK);
    assertThat(first.outLines())
        .containsExactly(
            "created collection cli with the config set",
            "indexed 3 articles into cli: 3 written, 0 unchanged, 0 deleted, 0 kept for files"
                + " with errors");

    CliRun again = CliRun.of(index);
    assertThat(again.outLines())
        .containsExactly(
            "indexed 3 articles into cli: 0 written, 3 unchanged, 0 deleted, 0 kept for files"
                + " with errors");

    Files.writeString(
        temp.resolve("due.md"),
        "---\ntitle: Piste ciclabili\ndate: 2024-06-01\n---\n\nLe piste ciclopedonali.\n");
    Files.delete(temp.resolve("tre.md"));
    CliRun changed = CliRun.of(index);
    assertThat(changed.outLines())
        .containsExactly(
            "indexed 2 articles into cli: 1 written, 1 unchanged, 1 deleted, 0 kept for files"
                + " with errors");
    assertThat(hits("cli", temp, "ciclopedonali")).isEqualTo(1);
    assertThat(hits("cli", temp, "bilancio")).isZero();
  }

  @Test
  void aFileThatFailsToLoadKeepsItsLastGoodVersion() throws Exception {
    ContentFolder content =
        new ContentFolder(temp)
            .with("uno.md", "---\ntitle: Zanzara tigre\ndate: 2024-05-01\n---\n\nLa zanzara.\n");
    String[] index = {
      "index", "--solr", zkHost(), "--collection", "kept", "--content", content.arg()
    };
    assertThat(CliRun.of(append(index, "--init")).exitCode()).isEqualTo(ExitCode.OK);

    Files.write(temp.resolve("uno.md"), new byte[] {'-', '-', '-', '\n', 0, 0, '\n'});
    CliRun broken = CliRun.of(index);

    assertThat(broken.outLines().get(0)).endsWith("1 kept for files with errors");
    try (SolrCollectionClient client =
        SolrCollectionClient.connect(SolrLocation.parse(zkHost(), "kept"))) {
      assertThat(
              new SolrSearchFactory(client)
                  .index(
                      ContentLoader.create()
                          .load(
                              new ContentFolder(Files.createDirectory(temp.resolve("prima")))
                                  .with(
                                      "uno.md",
                                      "---\ntitle: Zanzara tigre\ndate: 2024-05-01\n---\n\n"
                                          + "La zanzara.\n")
                                  .path())
                          .archive())
                  .search(SearchQuery.of("zanzara"))
                  .totalHits())
          .isEqualTo(1);
    }
  }

  /**
   * {@code index --watch}, run as the packaged jar: a burst of changes is one run, a file whose
   * front matter breaks keeps its last good version (and the output says why), and the process
   * stops cleanly on the signal Ctrl-C also sends through the shutdown hooks ({@code SIGTERM} here:
   * a child of a non-interactive shell may ignore {@code SIGINT}).
   */
  @Test
  void watchKeepsTheCollectionCurrentAndABrokenFileKeepsItsLastGoodVersion() throws Exception {
    new ContentFolder(temp)
        .with("uno.md", "---\ntitle: Zanzara tigre\ndate: 2024-05-01\n---\n\nLa zanzara.\n")
        .with("due.md", "---\ntitle: Piste ciclabili\ndate: 2024-06-01\n---\n\nLe piste.\n");
    JarRun watch =
        JarRun.start(
            "index",
            "--solr",
            zkHost(),
            "--collection",
            "watch",
            "--content",
            temp.toString(),
            "--init",
            "--watch");
    try {
      watch.awaitLine(l -> l.startsWith("watching "));
      assertThat(watch.lines())
          .contains(
              "indexed 2 articles into watch: 2 written, 0 unchanged, 0 deleted, 0 kept for files"
                  + " with errors");

      Files.writeString(
          temp.resolve("due.md"),
          "---\ntitle: Piste ciclabili\ndate: 2024-06-01\n---\n\nLe piste ciclopedonali.\n");
      Files.writeString(
          temp.resolve("tre.md"),
          "---\ntitle: Bilancio comunale\ndate: 2024-07-01\n---\n\nConti.\n");
      Files.delete(temp.resolve("uno.md"));
      String burst = watch.awaitLine(l -> l.startsWith("indexed "), 1);
      assertThat(burst)
          .as("one run for the burst")
          .isEqualTo(
              "indexed 2 articles into watch: 2 written, 0 unchanged, 1 deleted, 0 kept for files"
                  + " with errors");
      assertThat(hits("watch", temp, "ciclopedonali")).isEqualTo(1);
      assertThat(hits("watch", temp, "bilancio")).isEqualTo(1);
      assertThat(hits("watch", temp, "zanzara")).isZero();

      Files.writeString(
          temp.resolve("due.md"),
          "---\ntitle: Piste ciclabili\ndate: [2024-06-01\n---\n\nLe piste rotte.\n");
      String broken = watch.awaitLine(l -> l.startsWith("indexed "), 2);
      assertThat(broken)
          .endsWith("0 written, 1 unchanged, 0 deleted, 1 kept for files with errors");
      assertThat(watch.lines())
          .anyMatch(
              l -> l.startsWith("index: due.md:") && l.contains(": error: INVALID_FRONT_MATTER"))
          .contains(
              "index: due.md: the collection keeps its last good version (see the errors above)");
      assertThat(hits("watch", temp, "ciclopedonali")).as("the last good version").isEqualTo(1);
      assertThat(hits("watch", temp, "rotte")).isZero();
    } finally {
      watch.process().toHandle().destroy();
    }
    assertThat(watch.process().waitFor(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    watch.awaitLine(l -> l.startsWith("stopped watching "));
    assertThat(watch.lines()).noneMatch(l -> l.contains("Exception"));
  }

  /**
   * Runs the packaged jar with its {@code lib/} folder, as the launcher does, so a dependency left
   * out of the package fails here too.
   */
  @Test
  void thePackagedCommandSaysWhenTheClusterCannotBeReached() throws Exception {
    JarRun run =
        JarRun.start("index", "--solr", "127.0.0.1:1/nessuno", "--content", temp.toString());
    int exitCode = run.process().waitFor();
    String output = String.join("\n", run.lines());

    assertThat(exitCode).as(output).isEqualTo(ExitCode.FAILURE);
    assertThat(output)
        .contains("index: cannot reach SolrCloud at 127.0.0.1:1/nessuno")
        .doesNotContain("Exception in thread");
  }

  private static String[] append(String[] args, String more) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = more;
    return all;
  }
}
