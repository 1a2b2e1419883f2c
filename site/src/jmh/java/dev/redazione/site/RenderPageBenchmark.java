package dev.redazione.site;

import dev.redazione.core.Archive;
import dev.redazione.core.ImageFiles;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import dev.redazione.search.LuceneSearchFactory;
import dev.redazione.testkit.TempFolders;
import dev.redazione.testkit.generate.ArticleGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Rendering one page of a generated archive that no earlier request has rendered: an article page
 * (with its related and same-story links), a tag listing, the home page and the feed. Each
 * invocation renders on a fresh snapshot of the same archive and search index, so the page cache
 * never answers; the snapshot has rendered another article and tag page first, so what a snapshot
 * computes once for all its pages is not counted. An article keeps its body's HTML once rendered,
 * so after the warm-up an article page does not render Markdown again.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RenderPageBenchmark {

  /** How many articles the archive holds. */
  @Param({"1000"})
  public int articles;

  private SiteRenderer renderer;
  private Archive archive;
  private ImageFiles images;
  private ArticleSearch search;
  private List<String> articlePaths;
  private List<String> tagPaths;
  private int next;
  private Site site;

  /** Generates, loads and indexes the archive once per fork. */
  @Setup
  public void load() throws IOException {
    Path folder = Files.createTempDirectory("redazione-render-bench");
    try {
      new ArticleGenerator().writeTo(folder, articles, 1);
      LoadResult load = ContentLoader.create().load(folder);
      renderer = SiteRenderer.create(SiteSettings.of("https://redazione.example/"), LuceneSearchFactory.create());
      archive = load.archive();
      images = load.images();
      Site indexed = renderer.snapshot(archive, images, Instant.EPOCH);
      search = indexed.search();
      articlePaths = indexed.routes().stream().filter(path -> path.startsWith("/articoli/")).toList();
      tagPaths = indexed.routes().stream().filter(path -> path.startsWith("/tag/")).toList();
    } finally {
      TempFolders.delete(folder);
    }
  }

  /** A fresh snapshot before each rendering, which has rendered pages other than the next ones. */
  @Setup(Level.Invocation)
  public void freshSnapshot() {
    site = renderer.snapshot(archive, search, images, Instant.EPOCH);
    site.render(articlePaths.get(next % articlePaths.size())).orElseThrow();
    site.render(tagPaths.get(next % tagPaths.size())).orElseThrow();
    next++;
  }

  /** Renders an article page. */
  @Benchmark
  public RenderedPage articlePage() {
    return site.render(articlePaths.get(next % articlePaths.size())).orElseThrow();
  }

  /** Renders the first page of a tag's listing. */
  @Benchmark
  public RenderedPage tagPage() {
    return site.render(tagPaths.get(next % tagPaths.size())).orElseThrow();
  }

  /** Renders the home page. */
  @Benchmark
  public RenderedPage homePage() {
    return site.render("/").orElseThrow();
  }

  /** Renders the Atom feed of the newest articles. */
  @Benchmark
  public RenderedPage feed() {
    return site.render("/feed.xml").orElseThrow();
  }
}
