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
  void aBodyMuchShorterThanTheTextsLongestRunOfProseIsReported() {
    String disclaimer =
        "Questo articolo contiene link di affiliazione: acquisti o ordini effettuati tramite tali"
            + " link permetteranno al nostro sito di ricevere una commissione, nel rispetto del"
            + " codice etico della redazione e delle regole sulla trasparenza verso i lettori,"
            + " che ogni anno pubblichiamo in una pagina dedicata del sito insieme ai nomi dei"
            + " nostri partner commerciali e alle cifre ricevute.";
    RawExtraction result =
        extractor.extract(
            "a.txt", "Un titolo qualunque\n\n" + disclaimer + "\n\nIl prezzo è sceso.\n");

    assertThat(result.removed()).anyMatch(r -> r.rule().equals("disclaimer"));
    assertThat(result.diagnostics())
        .filteredOn(d -> d.code().equals("MAIN_TEXT_LOST"))
        .singleElement()
        .satisfies(d -> assertThat(d.message()).startsWith("the body has 4 words but the text"));
  }

  @Test
  void theLanguageOfTheTextDecidesWhatReadsAsProse() {
    RawExtraction result =
        extractor.extract(
            "en.txt",
            """
        Home
        News
        Council approves the new budget
        The city council approved the new budget on Monday night after a debate that lasted for more than six hours.
        Schools and roads will get more money, while the fees for public services will stay the same.
        """);
    assertThat(result.title().orElseThrow().value()).isEqualTo("Council approves the new budget");
    assertThat(result.bodyMarkdown())
        .startsWith("The city council approved")
        .doesNotContain("Home");
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
