package dev.redazione.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.Seeds;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server restarted with its read cache serves the same articles as it did after reading every
 * file, and one whose cache is damaged still serves them.
 */
class CachedRestartTest {

  private static final List<String> PATHS =
      List.of("/", "/articoli/microsoft-openai", "/api/articles", "/tag/openai");

  @TempDir Path content;
  @TempDir Path cache;

  @Test
  void aRestartedServerServesFromItsCacheWhatItServedAfterReading() throws Exception {
    Seeds.copyTo(content);
    List<String> first = pagesOfAServer();
    Path file = cacheFile();

    List<String> restarted = pagesOfAServer();

    assertThat(restarted).isEqualTo(first);
    Files.write(file, new byte[] {1, 2, 3});
    assertThat(pagesOfAServer()).isEqualTo(first);
  }

  /** Starts a server, reads the pages' main content, and stops it once its cache is written. */
  private List<String> pagesOfAServer() throws Exception {
    EmbeddedServer server =
        ApplicationContext.run(
            EmbeddedServer.class,
            Map.of(
                ContentSnapshots.CONTENT_PROPERTY,
                content.toString(),
                ContentSnapshots.CACHE_PROPERTY,
                cache.toString(),
                ContentWatcher.ENABLED_PROPERTY,
                "false",
                "micronaut.server.port",
                "-1"),
            Environment.TEST);
    try (HttpClient client = HttpClient.create(server.getURL())) {
      Pages pages = new Pages(client.toBlocking());
      List<String> bodies =
          PATHS.stream()
              .map(path -> Jsoup.parse(Pages.text(pages.get(path))).select("main, body").text())
              .toList();
      cacheFile();
      return bodies;
    } finally {
      server.getApplicationContext().close();
    }
  }

  /** The cache file, once written (in the background after the first load). */
  private Path cacheFile() throws IOException, InterruptedException {
    for (int i = 0; i < 300; i++) {
      try (Stream<Path> files = Files.list(cache)) {
        List<Path> all = files.toList();
        if (all.size() == 1
            && all.get(0).toString().endsWith(".bin")
            && Files.size(all.get(0)) > 3) {
          return all.get(0);
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the read cache was not written in " + cache);
  }
}
