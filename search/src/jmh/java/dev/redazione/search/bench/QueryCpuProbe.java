package dev.redazione.search.bench;

import dev.redazione.core.Archive;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.SearchQuery;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Measures each query kind of {@link QueryLatencyBenchmark} by the CPU time of the thread that runs
 * it as well as by wall time: on a machine shared with other work, wall-clock percentiles include
 * the time the thread waited for a core, CPU time does not.
 */
final class QueryCpuProbe {

  private static final int WARMUP = 300;
  private static final int SAMPLES = 500;

  private QueryCpuProbe() {}

  static void run(ArticleSearch search, Archive archive, PrintStream out) {
    Map<String, IntConsumer> kinds = new LinkedHashMap<>();
    kinds.put("single rare word", i -> search.search(SearchQuery.of("ransomware")));
    kinds.put("single common word", i -> search.search(SearchQuery.of("accordo")));
    kinds.put("quoted phrase", i -> search.search(SearchQuery.of("\"guida autonoma\"")));
    kinds.put("prefix", i -> search.search(SearchQuery.of("semicond")));
    kinds.put(
        "filtered by tag and year",
        i -> search.search(SearchQuery.of("batteria").withTag("tesla").withYear(2021)));
    kinds.put("misspelled, suggestion", i -> search.search(SearchQuery.of("vulnerabilta ransomwere")));
    kinds.put(
        "related + same story",
        i -> search.related(archive.articles().get((i * 7919) % archive.size()), 5));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    out.println("query kind: CPU p50 / p99, wall p50 / p99 (ms), " + SAMPLES + " samples each");
    kinds.forEach(
        (name, query) -> {
          for (int i = 0; i < WARMUP; i++) {
            query.accept(SAMPLES + i);
          }
          long[] cpu = new long[SAMPLES];
          long[] wall = new long[SAMPLES];
          for (int i = 0; i < SAMPLES; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long wallStart = System.nanoTime();
            query.accept(i);
            wall[i] = System.nanoTime() - wallStart;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStart;
          }
          out.printf(
              "%-26s CPU %6.2f / %6.2f   wall %6.2f / %6.2f%n",
              name, percentile(cpu, 50), percentile(cpu, 99), percentile(wall, 50), percentile(wall, 99));
        });
  }

  private static double percentile(long[] nanos, int percent) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, sorted.length * percent / 100)] / 1e6;
  }
}
