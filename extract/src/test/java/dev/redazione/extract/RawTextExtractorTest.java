package dev.redazione.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.redazione.core.Diagnostic;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class RawTextExtractorTest {

  private final RawTextExtractor extractor = RawTextExtractor.create();

  @Test
  void anEmptyTextGivesNoTitleAnEmptyBodyAndADiagnostic() {
    RawExtraction result = extractor.extract("empty.txt", "");
    assertThat(result.title()).isEmpty();
    assertThat(result.bodyMarkdown()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::code).contains("NO_TEXT");
  }

  @Test
  void diagnosticsNameTheFileAndLine() {
    RawExtraction result = extractor.extract("news/002.txt", ContentFolder.seedText("002"));
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("MISSING_TITLE"))
        .singleElement()
        .satisfies(
            d -> assertThat(d.format()).startsWith("news/002.txt:1: warning: MISSING_TITLE"));
  }

  @Test
  void nonBreakingSpacesAndTrailingBlanksAreNormalisedButApostrophesKept() {
    RawExtraction result =
        extractor.extract(
            "a.txt",
            """
        Un titolo con l’apostrofo\u00a0tipografico \s

        Il testo\u00a0del corpo resta com’è scritto, con le “virgolette” e gli apostrofi dell’autore.\t
        """);
    assertThat(result.title().orElseThrow().value())
        .isEqualTo("Un titolo con l’apostrofo tipografico");
    assertThat(result.bodyMarkdown())
        .isEqualTo(
            "Il testo del corpo resta com’è scritto, con le “virgolette” e gli apostrofi dell’autore.\n");
  }

  @Test
  void theSameExtractorGivesTheSameResultsUnderParallelUse() throws Exception {
    List<String> texts = ItalianArticleCases.all().stream().map(ArticleCase::text).toList();
    List<String> expected =
        texts.stream().map(t -> describe(extractor.extract("x.txt", t))).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      for (int round = 0; round < 20; round++) {
        List<Future<String>> results =
            texts.stream()
                .map(
                    t -> pool.submit(() -> describe(RawTextExtractor.create().extract("x.txt", t))))
                .toList();
        for (int i = 0; i < texts.size(); i++) {
          assertThat(results.get(i).get()).isEqualTo(expected.get(i));
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void nullArgumentsAreProgrammerErrors() {
    assertThatNullPointerException()
        .isThrownBy(() -> extractor.extract(null, "x"))
        .withMessage("path");
    assertThatNullPointerException()
        .isThrownBy(() -> extractor.extract("a.txt", null))
        .withMessage("text");
  }

  private static String describe(RawExtraction r) {
    return r.title()
        + "|"
        + r.subtitle()
        + "|"
        + r.date()
        + "|"
        + r.authors()
        + "|"
        + r.tags()
        + "|"
        + r.bodyMarkdown()
        + "|"
        + r.removed()
        + "|"
        + r.diagnostics();
  }
}
