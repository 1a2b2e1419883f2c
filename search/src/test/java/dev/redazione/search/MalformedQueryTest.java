package dev.redazione.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever a visitor types, a search answers without throwing. */
class MalformedQueryTest {

  private static final ArticleSearch SEARCH =
      LuceneSearchFactory.create().index(SeedArticles.archive());

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\"",
        "\"\"",
        "\" \"",
        "(",
        ")",
        "()",
        "*",
        "?",
        "**",
        "AND",
        "OR",
        "NOT",
        "AND OR NOT",
        "Microsoft AND",
        "+",
        "-",
        "-Microsoft",
        "Micro*",
        "Micro?",
        "Microsoft~2",
        "title:Stargate",
        "[2023 TO 2025]",
        "{",
        "}",
        "\\",
        "/regex/",
        "&&",
        "||",
        "!",
        ":",
        "^2",
        "“",
        "«accordo",
        "a b c d e f",
        "il la lo di da",
        "\u0000",
        "\uD83D\uDE00",
        "\uD83D",
        "l’",
        "’",
        "'",
        "dell'",
        "<script>alert(1)</script>",
        "%",
        "0",
        "1e999"
      })
  void answersWithoutThrowing(String text) {
    assertThatCode(() -> SEARCH.search(SearchQuery.of(text))).doesNotThrowAnyException();
  }

  @Test
  void emptyQueryFindsNothingAndSuggestsNothing() {
    SearchResults results = SEARCH.search(SearchQuery.of(""));
    assertThat(results.totalHits()).isZero();
    assertThat(results.suggestion()).isEmpty();
  }

  @Test
  void onlyStopWordsFindNothing() {
    assertThat(SEARCH.search(SearchQuery.of("il la di perché")).totalHits()).isZero();
  }

  @Test
  void operatorsInCapitalsAreIgnored() {
    assertThat(SEARCH.search(SearchQuery.of("Stargate AND Microsoft")).totalHits())
        .isEqualTo(SEARCH.search(SearchQuery.of("Stargate Microsoft")).totalHits())
        .isEqualTo(2);
  }

  @Test
  void punctuationAroundWordsIsIgnored() {
    assertThat(SEARCH.search(SearchQuery.of("(Stargate)")).totalHits()).isEqualTo(2);
    assertThat(SEARCH.search(SearchQuery.of("Stargate*")).totalHits()).isEqualTo(2);
  }

  @Test
  void unbalancedQuoteSearchesTheWords() {
    assertThat(SEARCH.search(SearchQuery.of("\"Stargate")).totalHits()).isEqualTo(2);
  }

  @Test
  void veryLongQueryIsCutAndAnswered() {
    String text = "Stargate " + "parola".repeat(10_000);
    SearchResults results = SEARCH.search(SearchQuery.of(text));
    assertThat(results.query().text()).hasSize(SearchQuery.MAX_TEXT_LENGTH);
    assertThat(results.totalHits()).isZero();
  }

  @Test
  void manyWordsAreAnswered() {
    String text = "Microsoft ".repeat(19);
    assertThat(SEARCH.search(SearchQuery.of(text)).totalHits()).isEqualTo(5);
  }
}
