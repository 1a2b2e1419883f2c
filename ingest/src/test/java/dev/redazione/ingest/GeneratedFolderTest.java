package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Severity;
import dev.redazione.core.SourceFormat;
import dev.redazione.testkit.generate.ArticleGenerator;
import dev.redazione.testkit.generate.GeneratedArticle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The testkit's article generator: deterministic, and what it writes loads without errors. */
class GeneratedFolderTest {

  private final ArticleGenerator generator = new ArticleGenerator();

  @Test
  void sameSeedGivesSameArticlesWhateverTheCount() {
    List<GeneratedArticle> few = generator.generate(5, 42);
    List<GeneratedArticle> many = generator.generate(50, 42);

    assertThat(many.subList(0, 5)).isEqualTo(few);
    assertThat(generator.generate(5, 43)).isNotEqualTo(few);
  }

  @Test
  void generatedFolderLoadsInBothFormatsWithoutErrors(@TempDir Path folder) throws IOException {
    generator.writeTo(folder, 60, 7);

    LoadResult result = ContentLoader.create().load(folder);

    assertThat(result.archive().size() + result.drafts().size()).isEqualTo(60);
    assertThat(result.diagnostics()).noneMatch(d -> d.severity() == Severity.ERROR);
    assertThat(result.archive().articles())
        .extracting(a -> a.report().source().format())
        .contains(SourceFormat.FRONT_MATTER_MARKDOWN, SourceFormat.RAW_TEXT);
    assertThat(result.archive().articles())
        .allSatisfy(a -> assertThat(a.wordCount()).isBetween(650, 1_000));
  }
}
