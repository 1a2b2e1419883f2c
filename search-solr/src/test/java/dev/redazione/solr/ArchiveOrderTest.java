package dev.redazione.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Slug;
import dev.redazione.testkit.TestArticles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveOrderTest {

  @Test
  void sortsAsTheArchiveDoesByItsBytes() {
    List<Article> articles = new ArrayList<>();
    String[] dates = {
      null,
      "2025",
      "2025-01",
      "2025-01-01",
      "2025-01-01T00:00",
      "2025-01-01T00:00+02:00",
      "2025-01-01T00:00-05:00",
      "2025-01-01T00:00Z",
      "2024-12-31T23:59+01:00",
      "2025-01-21",
      "1999-03",
      "0001"
    };
    String[] titles = {
      "Accordo", "Accordo fine", "accordo", "Àccordo", "Zeta \uD83D\uDE00", "Zeta \uE000"
    };
    int n = 0;
    for (String date : dates) {
      for (String title : titles) {
        n++;
        articles.add(
            TestArticles.builder(title, date, "testo")
                .slug(Slug.of(title + " " + (n % 3)))
                .build());
      }
    }
    List<Article> expected = new ArrayList<>(articles);
    expected.sort(Archive.NEWEST_FIRST);
    List<Article> byKey = new ArrayList<>(articles);
    byKey.sort(
        Comparator.comparing(
            a -> ArchiveOrder.key(a).getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.util.Arrays::compareUnsigned));
    assertThat(byKey).containsExactlyElementsOf(expected);
  }
}
