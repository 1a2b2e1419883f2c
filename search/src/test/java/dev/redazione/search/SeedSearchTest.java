package dev.redazione.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.SearchHit;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ranking, matching and facets on the seed articles of {@code content/}. */
class SeedSearchTest {

  private static final ArticleSearch SEARCH =
      LuceneSearchFactory.create().index(SeedArticles.archive());

  private static SearchResults search(String text) {
    return SEARCH.search(SearchQuery.of(text));
  }

  private static List<String> seeds(SearchResults results) {
    return results.hits().items().stream().map(h -> SeedArticles.number(h.article())).toList();
  }

  @Test
  void stargateFindsTheTwoReportsOnTheProjectFirst() {
    assertThat(seeds(search("Stargate"))).startsWith("002", "001").hasSize(2);
  }

  @Test
  void divorzioFindsTheArticleAboutTheCrisis() {
    assertThat(seeds(search("divorzio"))).containsExactly("003");
  }

  @Test
  void pluralQueryMatchesSingularText() {
    SearchHit hit =
        search("accordi").hits().items().stream()
            .filter(h -> SeedArticles.number(h.article()).equals("003"))
            .findFirst()
            .orElseThrow();
    assertThat(hit.article().body().text()).contains("accordo").doesNotContain("accordi");
    assertThat(hit.passage().html()).containsIgnoringCase("accordo</mark>");
  }

  @Test
  void nadellaFindsTheTwoArticlesThatNameHim() {
    assertThat(seeds(search("Nadella"))).containsExactlyInAnyOrder("000", "004");
  }

  @Test
  void unaccentedQueryMatchesAccentedText() {
    SearchResults results = search("societa");
    assertThat(results.totalHits()).isEqualTo(5);
    assertThat(results.hits().items())
        .allSatisfy(h -> assertThat(h.passage().html()).contains("<mark>società</mark>"));
  }

  @Test
  void quotedPhraseMatchesOnlyTheExactSequence() {
    assertThat(seeds(search("\"diritto di prelazione\""))).containsExactlyInAnyOrder("001", "002");
    assertThat(search("\"prelazione di diritto\"").totalHits()).isZero();
  }

  @Test
  void lastWordMatchesAsPrefix() {
    assertThat(seeds(search("Starga"))).containsExactlyInAnyOrder("001", "002");
    assertThat(search("Starga Microsoft").totalHits()).isZero();
    assertThat(search("\"Starga\"").totalHits()).isZero();
  }

  @Test
  void everyWordMustMatch() {
    assertThat(seeds(search("Stargate Nadella"))).isEmpty();
    assertThat(seeds(search("Nadella IPO"))).containsExactly("004");
  }

  @Test
  void titleMatchOutranksBodyMatch() {
    assertThat(seeds(search("divorzio OpenAI"))).first().isEqualTo("003");
  }

  @Test
  void highlightsTheMatchedWordInTitleAndPassage() {
    SearchHit hit = search("divorzio").hits().items().get(0);
    assertThat(hit.title().html())
        .isEqualTo("Microsoft e OpenAI pensano al <mark>divorzio</mark>?");
  }

  @Test
  void suggestsTheClosestIndexedWordWhenNothingMatches() {
    SearchResults results = search("Stargte");
    assertThat(results.totalHits()).isZero();
    assertThat(results.suggestion()).contains("Stargate");
  }

  @Test
  void aSuggestionWritesItsWordsAsTheArchiveDoes() {
    assertThat(search("stargte").suggestion()).contains("Stargate");
    assertThat(search("satya nadela").suggestion()).contains("Satya Nadella");
    assertThat(search("STARGTE").suggestion()).contains("Stargate");
    assertThat(search("openai stargte").suggestion()).contains("OpenAI Stargate");
  }

  @Test
  void noSuggestionWhenSomethingMatches() {
    assertThat(search("Stargate").suggestion()).isEmpty();
  }

  @Test
  void countsYearsOfTheMatchingArticles() {
    SearchResults results = search("Microsoft");
    assertThat(results.yearCounts())
        .extracting(c -> c.term() + ":" + c.count())
        .containsExactly("2025:1", "2023:1");
  }

  @Test
  void filtersByYear() {
    SearchResults results = SEARCH.search(SearchQuery.of("Microsoft").withYear(2023));
    assertThat(seeds(results)).containsExactly("000");
    assertThat(results.yearCounts()).hasSize(2);
  }

  @Test
  void countsTagsOfTheMatchingArticles() {
    SearchResults results = search("Microsoft");
    int chatGpt = SeedArticles.archive().byTag("chatgpt").size();
    assertThat(results.tagCounts())
        .filteredOn(c -> c.term().key().equals("chatgpt"))
        .singleElement()
        .satisfies(c -> assertThat(c.count()).isEqualTo(chatGpt));
  }

  @Test
  void filtersByTag() {
    SearchResults tagged = SEARCH.search(SearchQuery.of("Microsoft").withTag("chatgpt"));
    assertThat(tagged.hits().items())
        .extracting(SearchHit::article)
        .containsExactlyInAnyOrderElementsOf(SeedArticles.archive().byTag("chatgpt"));
    assertThat(tagged.totalHits()).isLessThan(search("Microsoft").totalHits());
  }

  @Test
  void unknownTagFilterFindsNothing() {
    assertThat(SEARCH.search(SearchQuery.of("Microsoft").withTag("nessun-tag")).totalHits())
        .isZero();
  }

  @Test
  void paginatesHitsInRankOrder() {
    SearchQuery query =
        new SearchQuery("Microsoft", new java.util.TreeSet<>(), new java.util.TreeSet<>(), 1, 2);
    List<Article> all =
        SEARCH.search(SearchQuery.of("Microsoft")).hits().items().stream()
            .map(SearchHit::article)
            .toList();
    List<Article> paged = new java.util.ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      SearchResults results = SEARCH.search(query.withPage(page));
      assertThat(results.totalHits()).isEqualTo(5);
      results.hits().items().forEach(h -> paged.add(h.article()));
    }
    assertThat(paged).isEqualTo(all);
  }

  @Test
  void pageBeyondTheLastIsEmptyWithTheTotal() {
    SearchResults results = SEARCH.search(SearchQuery.of("Microsoft").withPage(1_000_000));
    assertThat(results.hits().items()).isEmpty();
    assertThat(results.totalHits()).isEqualTo(5);
  }

  @Test
  void equalScoresGoNewestFirst() {
    List<SearchHit> hits = search("Microsoft").hits().items();
    for (int i = 1; i < hits.size(); i++) {
      if (hits.get(i).score() == hits.get(i - 1).score()) {
        assertThat(SeedArticles.archive().articles().indexOf(hits.get(i).article()))
            .isGreaterThan(SeedArticles.archive().articles().indexOf(hits.get(i - 1).article()));
      }
    }
    assertThat(hits)
        .extracting(SearchHit::score)
        .isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }
}
