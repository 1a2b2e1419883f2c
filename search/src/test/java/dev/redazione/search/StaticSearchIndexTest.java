package dev.redazione.search;

import static dev.redazione.testkit.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.testkit.ItalianWords;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The static export's search: the browser script, run in Node.js, analyses words as the server's
 * Lucene analysis does and finds what the server would find in the index {@link StaticSearchIndex}
 * writes.
 */
class StaticSearchIndexTest {

  @Test
  void theScriptAnalysesWordsAsTheServerDoes() {
    byte[] index = StaticSearchIndex.of(Archive.of(List.of()));

    List<List<String>> browser =
        BrowserScript.run(index, ItalianWords.ANALYSIS_TABLE, List.of()).terms();

    for (int i = 0; i < ItalianWords.ANALYSIS_TABLE.size(); i++) {
      assertThat(browser.get(i))
          .as(ItalianWords.ANALYSIS_TABLE.get(i))
          .isEqualTo(StaticSearchIndex.terms(ItalianWords.ANALYSIS_TABLE.get(i)));
    }
  }

  @Test
  void theIndexCarriesTheServersStopWords() {
    String index = new String(StaticSearchIndex.of(Archive.of(List.of())), StandardCharsets.UTF_8);

    assertThat(StaticSearchIndex.terms("della")).isEmpty();
    assertThat(index).contains("\"della\"", "\"perche\"").doesNotContain("\"perché\"");
  }

  @Test
  void findsWordsInAnyFormTheTitleFirstAndTheLastWordAsAPrefix() {
    Archive archive =
        Archive.of(
            List.of(
                article("Nuovi accordi sul clima", "2025-03-01", "Testo sul clima e sul mare."),
                article("Il mercato", "2025-02-01", "Un accordo firmato ieri dalle società."),
                article("Microsoft e la nuvola", "2025-01-01", "Microsoft investe nel cloud."),
                article("Altro", "2024-01-01", "Nulla di rilevante.")));
    byte[] index = StaticSearchIndex.of(archive);

    List<List<String>> hits =
        BrowserScript.run(
                index,
                List.of(),
                List.of("accordo", "l’accordo societa", "micros", "accordo nulla", "della", ""))
            .hits();

    assertThat(hits.get(0)).containsExactly("nuovi-accordi-sul-clima", "il-mercato");
    assertThat(hits.get(1)).containsExactly("il-mercato");
    assertThat(hits.get(2)).containsExactly("microsoft-e-la-nuvola");
    assertThat(hits.get(3)).isEmpty();
    assertThat(hits.get(4)).isEmpty();
    assertThat(hits.get(5)).isEmpty();
  }
}
