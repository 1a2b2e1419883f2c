package dev.redazione.ingest.bench;

import dev.redazione.ingest.ArticleReader;
import dev.redazione.ingest.ReadResult;
import dev.redazione.testkit.generate.ArticleGenerator;
import dev.redazione.testkit.generate.GeneratedArticle;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Reading one generated article of about 900 words, front-matter Markdown or raw text. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ReadArticleBenchmark {

  private final ArticleReader reader = ArticleReader.create();
  private byte[] frontMatter;
  private byte[] rawText;

  /** Generates one article of each format. */
  @Setup
  public void generate() {
    List<GeneratedArticle> articles = new ArticleGenerator().generate(20, 1);
    frontMatter = first(articles, ".md");
    rawText = first(articles, ".txt");
  }

  private static byte[] first(List<GeneratedArticle> articles, String suffix) {
    return articles.stream().filter(a -> a.fileName().endsWith(suffix)).findFirst().orElseThrow()
        .text().getBytes(StandardCharsets.UTF_8);
  }

  /** One YAML front-matter Markdown article. */
  @Benchmark
  public ReadResult frontMatterMarkdown() {
    return reader.read("articolo.md", frontMatter);
  }

  /** One raw pasted text. */
  @Benchmark
  public ReadResult rawText() {
    return reader.read("articolo.txt", rawText);
  }
}
