package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.testkit.Seeds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One shared reader used by many threads at once gives the same results as a lone reader. */
class ArticleReaderConcurrencyTest {

  private static final int THREADS = 8;
  private static final int ROUNDS = 25;

  @Test
  void sharedReaderGivesIdenticalResultsUnderParallelUse() throws Exception {
    Path content = Seeds.folder();
    List<Path> files;
    try (Stream<Path> list = Files.list(content)) {
      files = list.sorted().toList();
    }
    ArticleReader reader =
        ArticleReader.create().withKnownTags(List.of(dev.redazione.core.Tag.of("OpenAI")));
    List<String> expected = new ArrayList<>();
    for (Path file : files) {
      expected.add(ArticleJson.write(reader.read(content, file).article().orElseThrow()));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(readAll(reader, content, files, start)));
      }
      start.countDown();
      for (Future<List<String>> future : futures) {
        assertThat(future.get()).containsExactlyElementsOf(repeat(expected));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Callable<List<String>> readAll(
      ArticleReader reader, Path content, List<Path> files, CountDownLatch start) {
    return () -> {
      start.await();
      List<String> json = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        for (Path file : files) {
          json.add(ArticleJson.write(reader.read(content, file).article().orElseThrow()));
        }
      }
      return json;
    };
  }

  private static List<String> repeat(List<String> once) {
    List<String> all = new ArrayList<>();
    for (int round = 0; round < ROUNDS; round++) {
      all.addAll(once);
    }
    return all;
  }
}
