package dev.redazione.testkit;

import dev.redazione.testkit.generate.ArticleGenerator;
import dev.redazione.testkit.generate.GeneratedArticle;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Article files for property tests: the seeds and generated articles, as bytes. */
public final class SampleFiles {

  private SampleFiles() {}

  /**
   * The seed files, sorted by name, then this many generated articles.
   *
   * @param generated how many articles to generate
   * @param seed the generator's seed
   */
  public static List<byte[]> seedsAndGenerated(int generated, long seed) {
    List<byte[]> files = new ArrayList<>();
    try {
      for (Path file : Seeds.files()) {
        files.add(Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (GeneratedArticle article : new ArticleGenerator().generate(generated, seed)) {
      files.add(article.text().getBytes(StandardCharsets.UTF_8));
    }
    return List.copyOf(files);
  }
}
