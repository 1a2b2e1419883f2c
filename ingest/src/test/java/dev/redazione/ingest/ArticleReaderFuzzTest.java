package dev.redazione.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.redazione.core.Diagnostic;

/**
 * The fuzz target of ingest: any bytes are read without an exception and without an {@code
 * INTERNAL_ERROR} diagnostic, and the article, when there is one, renders and serialises.
 *
 * <p>A normal build runs it over its seed inputs ({@code ArticleReaderFuzzTestInputs} in the test
 * resources, where findings are also saved). {@code JAZZER_FUZZ=1} makes it fuzz, within the budget
 * below; {@code scripts/fuzz-long.sh} runs Jazzer's standalone driver on {@link
 * ArticleReaderFuzzDriver}, the same check, for as many executions as asked; see {@code
 * docs/FUZZING.md}.
 */
class ArticleReaderFuzzTest {

  private static final ArticleReader READER = ArticleReader.create();

  @FuzzTest(maxDuration = "30m", maxExecutions = 10_000_000)
  void readsWithoutInternalErrors(byte[] bytes) {
    check(bytes);
  }

  /** The check on one input, shared with {@link ArticleReaderFuzzDriver}. */
  static void check(byte[] bytes) {
    ReadResult result = READER.read("2021-05-14-fuzz.md", bytes);

    assertThat(result.diagnostics())
        .extracting(Diagnostic::code)
        .as("diagnostics %s", result.diagnostics())
        .doesNotContain("INTERNAL_ERROR");
    result
        .article()
        .ifPresent(
            article -> {
              assertThat(article.body().html()).isNotNull();
              ArticleJson.write(article);
              CanonicalMarkdown.write(article);
            });
  }
}
