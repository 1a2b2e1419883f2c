package dev.redazione.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.core.search.SearchHit;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.search.LuceneSearchFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SolrCloud backend on a real two-node cluster (one shard, two replicas), over the seeds and
 * 300 generated articles ({@link IndexedSeeds}), against the in-memory Lucene backend on the same
 * archive.
 */
@ExtendWith(IndexedSeeds.Resolver.class)
class SolrSearchIT {

  /** Queries the loop asks once a node has stopped, however long they take. */
  private static final int QUERIES_AFTER_STOP = 20;

  private static Path folder;
  private static TestCluster cluster;
  private static SolrCollectionClient client;
  private static Archive archive;
  private static ArticleSearch lucene;
  private static ArticleSearch solr;

  @BeforeAll
  static void readTheIndexedSeeds(IndexedSeeds seeds) {
    folder = seeds.folder();
    cluster = seeds.cluster();
    client = seeds.client();
    archive = seeds.archive();
    lucene = LuceneSearchFactory.create().index(archive);
    solr = new SolrSearchFactory(client).index(archive);
  }

  private static List<String> slugs(SearchResults results) {
    return results.hits().items().stream().map(h -> h.article().slug().value()).toList();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Stargate",
        "divorzio",
        "accordi",
        "Nadella",
        "societa",
        "società",
        "\"diritto di prelazione\"",
        "Starga",
        "Nadella IPO",
        "divorzio OpenAI",
        "dell'intelligenza artificiale",
        "l’accordo Microsoft",
        "modelli linguistici",
        "\"centro di ricerca\"",
        "Fastweb robot",
        "realtà aumentata Meta",
        "normative europee Samsung",
        "quantum comp"
      })
  void findsWhatTheInMemoryBackendFindsInTheSameOrder(String text) {
    SearchQuery query = SearchQuery.of(text);
    SearchResults expected = lucene.search(query);
    SearchResults actual = solr.search(query);
    assertThat(actual.totalHits()).as(text).isEqualTo(expected.totalHits());
    assertThat(slugs(actual)).as(text).isEqualTo(slugs(expected));
  }

  @Test
  void filtersAndCountsByTagAndYearAsTheInMemoryBackend() {
    for (SearchQuery query :
        List.of(
            SearchQuery.of("Microsoft"),
            SearchQuery.of("Microsoft").withYear(2023),
            SearchQuery.of("cloud").withTag("gpt"),
            SearchQuery.of("cloud").withTag("gpt").withYear(2022).withYear(2025),
            SearchQuery.of("strategia").withPage(3))) {
      SearchResults expected = lucene.search(query);
      SearchResults actual = solr.search(query);
      assertThat(actual.totalHits()).as(query.toString()).isEqualTo(expected.totalHits());
      assertThat(slugs(actual)).as(query.toString()).isEqualTo(slugs(expected));
      assertThat(actual.tagCounts()).as(query.toString()).isEqualTo(expected.tagCounts());
      assertThat(actual.yearCounts()).as(query.toString()).isEqualTo(expected.yearCounts());
    }
  }

  @Test
  void marksTheMatchedWordsInTitleAndPassage() {
    SearchHit hit = solr.search(SearchQuery.of("divorzio")).hits().items().get(0);
    assertThat(hit.title().html())
        .isEqualTo("Microsoft e OpenAI pensano al <mark>divorzio</mark>?");
    assertThat(solr.search(SearchQuery.of("accordi")).hits().items())
        .anySatisfy(h -> assertThat(h.passage().html()).containsIgnoringCase("accordo</mark>"));
    assertThat(solr.search(SearchQuery.of("societa")).hits().items())
        .allSatisfy(h -> assertThat(h.passage().html()).contains("<mark>società</mark>"));
  }

  @Test
  void suggestsTheClosestWordInTheCaseItWasTyped() {
    assertThat(solr.search(SearchQuery.of("Stargte")).suggestion()).contains("Stargate");
    assertThat(solr.search(SearchQuery.of("Satya Nadela")).suggestion()).contains("Satya Nadella");
    assertThat(solr.search(SearchQuery.of("STARGTE")).suggestion()).contains("STARGATE");
    assertThat(solr.search(SearchQuery.of("Stargate")).suggestion()).isEmpty();
  }

  @Test
  void findsRelatedArticlesWithTheirReason() {
    var seed =
        archive.articles().stream()
            .filter(a -> a.report().source().path().startsWith("001_"))
            .findFirst()
            .orElseThrow();
    var related = solr.related(seed, 3);
    assertThat(related).hasSize(3).noneMatch(r -> r.article().equals(seed));
    assertThat(related).allSatisfy(r -> assertThat(r.reason()).isNotBlank());
  }

  @Test
  void groupsTheSameStoriesAsTheInMemoryBackend() {
    int grouped = 0;
    for (Article article : archive.articles()) {
      List<String> expected = reasons(lucene.sameStoryWithReasons(article));
      assertThat(reasons(solr.sameStoryWithReasons(article)))
          .as(article.slug().value())
          .isEqualTo(expected);
      grouped += expected.isEmpty() ? 0 : 1;
    }
    assertThat(grouped).isGreaterThanOrEqualTo(2);
  }

  @Test
  void relatedArticlesLeaveOutTheSameStory() {
    for (Article article : archive.articles().subList(0, 40)) {
      List<Article> sameStory = solr.sameStory(article);
      assertThat(solr.related(article, 4))
          .hasSizeLessThanOrEqualTo(4)
          .noneMatch(r -> sameStory.contains(r.article()) || r.article().equals(article));
    }
  }

  @Test
  void losesNoQueryWhileOneOfTheTwoNodesStops() throws Exception {
    SearchQuery query = SearchQuery.of("modelli linguistici");
    int expected = lucene.search(query).totalHits();
    JettySolrRunner node = cluster.cluster().getJettySolrRunner(0);
    ExecutorService loop = Executors.newSingleThreadExecutor();
    AtomicBoolean stopped = new AtomicBoolean();
    try {
      // Bounded by queries after the stop, not by time, so that a slow machine asks as many.
      Future<List<Integer>> totals =
          loop.submit(
              () -> {
                List<Integer> seen = new ArrayList<>();
                int afterStop = 0;
                long limit = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
                while (afterStop < QUERIES_AFTER_STOP && System.nanoTime() < limit) {
                  boolean down = stopped.get();
                  seen.add(solr.search(query).totalHits());
                  afterStop += down ? 1 : 0;
                }
                return seen;
              });
      Thread.sleep(1_500);
      cluster.cluster().stopJettySolrRunner(node);
      stopped.set(true);
      assertThat(totals.get()).hasSizeGreaterThan(QUERIES_AFTER_STOP).containsOnly(expected);
    } finally {
      loop.shutdownNow();
      cluster.cluster().startJettySolrRunner(node);
      cluster.cluster().waitForActiveCollection(IndexedSeeds.COLLECTION, 1, 2);
    }
  }

  private static List<String> reasons(List<RelatedArticle> related) {
    return related.stream().map(r -> r.article().slug().value() + " " + r.reason()).toList();
  }

  @Test
  void malformedQueriesGiveResultsNotErrors() {
    for (String text :
        List.of("title:x", "{!lucene}*:*", "\"", "((", "AND", "*", "a:b:c \\", "il")) {
      assertThat(solr.search(SearchQuery.of(text)).totalHits())
          .as(text)
          .isEqualTo(lucene.search(SearchQuery.of(text)).totalHits());
    }
  }

  @Test
  void escapesMarkupOfTheText() throws Exception {
    Path hostile = Files.createDirectories(folder.resolve("ostile"));
    Files.writeString(
        hostile.resolve("a.md"),
        "---\ntitle: \"<script>alert(1)</script> Zanzibar & co\"\ndate: 2024-05-01\n---\n\n"
            + "Zanzibar <img src=x onerror=alert(1)> \uE000 e \"virgolette\" & altro.\n");
    Archive small = ContentLoader.create().load(hostile).archive();
    try (SolrCollectionClient other = cluster.client("ostile")) {
      CollectionSetup.init(other, 1, 1);
      new SolrIndexer(other).index(small, Set.of(), handled -> {});
      SearchHit hit =
          new SolrSearchFactory(other)
              .index(small)
              .search(SearchQuery.of("zanzibar"))
              .hits()
              .items()
              .get(0);
      assertThat(hit.title().html()).doesNotContain("<script").contains("&lt;script&gt;");
      assertThat(hit.passage().html()).doesNotContain("<img").contains("<mark>Zanzibar</mark>");
    }
  }
}
