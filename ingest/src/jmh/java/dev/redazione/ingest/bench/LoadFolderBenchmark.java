package dev.redazione.ingest.bench;

import dev.redazione.ingest.ContentLoader;
import dev.redazione.ingest.LoadResult;
import dev.redazione.testkit.generate.ArticleGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Loading a generated content folder (70% front matter, 30% raw text, about 900 words each): all
 * of it, and again after one file was edited, by a loader that remembers its last load (the
 * server's reload).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadFolderBenchmark {

  /** How many articles the folder holds. */
  @Param({"10000"})
  public int articles;

  private Path folder;
  private ContentLoader remembering;
  private Path edited;
  private int edits;

  /** Writes the folder once per fork, and loads it once with the remembering loader. */
  @Setup
  public void generate() throws IOException {
    folder = Files.createTempDirectory("redazione-bench");
    new ArticleGenerator().writeTo(folder, articles, 1);
    try (Stream<Path> files = Files.list(folder)) {
      edited = files.filter(file -> file.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
    }
    remembering = ContentLoader.remembering();
    remembering.load(folder);
  }

  /** Edits one front-matter file's body before each measured load. */
  @Setup(Level.Invocation)
  public void editOneFile() throws IOException {
    Files.writeString(
        edited, "\nUna frase aggiunta, la numero " + ++edits + ".\n", StandardOpenOption.APPEND);
  }

  /** Deletes the folder. */
  @TearDown
  public void delete() throws IOException {
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }

  /** Loads the whole folder into an archive. */
  @Benchmark
  public LoadResult load() {
    return ContentLoader.create().load(folder);
  }

  /** Loads the folder again after one file changed, reading again only that file. */
  @Benchmark
  public LoadResult reloadAfterOneEdit() {
    return remembering.load(folder);
  }
}
