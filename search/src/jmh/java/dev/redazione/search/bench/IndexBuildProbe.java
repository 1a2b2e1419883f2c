package dev.redazione.search.bench;

import dev.redazione.core.Archive;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.search.LuceneSearchFactory;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;

/**
 * Measures the time to index a generated archive (wall clock and CPU of all threads, since the
 * build uses every core) and the heap the index keeps, after a full collection, beyond the archive
 * itself. Usage: {@code IndexBuildProbe [articles] [runs]}.
 */
public final class IndexBuildProbe {

  private IndexBuildProbe() {}

  /** Runs the probe and prints one line per run and a summary. */
  public static void main(String[] args) {
    PrintStream out = System.out;
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    long started = System.nanoTime();
    Archive archive = GeneratedArchive.of(count, 42);
    out.printf("generated %,d articles in %.1f s%n", archive.size(), seconds(started));
    long archiveHeap = usedHeapAfterGc();
    ArticleSearch kept = null;
    for (int run = 1; run <= runs; run++) {
      kept = null;
      usedHeapAfterGc();
      long start = System.nanoTime();
      long cpuStart = processCpuNanos();
      kept = LuceneSearchFactory.create().index(archive);
      out.printf(
          "run %d: indexed %,d articles in %.1f s wall, %.1f s CPU (all threads)%n",
          run, archive.size(), seconds(start), (processCpuNanos() - cpuStart) / 1e9);
    }
    long withIndex = usedHeapAfterGc();
    out.printf(
        "heap: archive %,d MB, archive + index %,d MB, index %,d MB%n",
        archiveHeap >> 20, withIndex >> 20, (withIndex - archiveHeap) >> 20);
    out.printf(
        "check: 'accordo' finds %,d articles%n", kept.search(SearchQuery.of("accordo")).totalHits());
    QueryCpuProbe.run(kept, archive, out);
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static long usedHeapAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
