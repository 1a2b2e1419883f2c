package dev.redazione.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.SearchQuery;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One search instance answers many threads at once with the same results as one thread. */
class ConcurrentSearchTest {

  @Test
  void answersParallelSearchesLikeSequentialOnes() throws Exception {
    ArticleSearch search = LuceneSearchFactory.create().index(SeedArticles.archive());
    List<String> queries =
        List.of("Stargate", "accordi", "Nadella", "societa", "\"diritto di prelazione\"", "Micro");
    List<String> expected = queries.stream().map(q -> describe(search, q)).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> answers =
          IntStream.range(0, 240)
              .mapToObj(i -> pool.submit(() -> describe(search, queries.get(i % queries.size()))))
              .toList();
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get()).isEqualTo(expected.get(i % queries.size()));
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void answersParallelSameStoryLookupsConsistently() throws Exception {
    ArticleSearch search = LuceneSearchFactory.create().index(SeedArticles.archive());
    List<Article> seeds = SeedArticles.archive().articles();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<Article>>> answers =
          IntStream.range(0, 100)
              .mapToObj(i -> pool.submit(() -> search.sameStory(seeds.get(i % seeds.size()))))
              .toList();
      for (int i = 0; i < answers.size(); i++) {
        assertThat(answers.get(i).get()).isEqualTo(search.sameStory(seeds.get(i % seeds.size())));
      }
    } finally {
      pool.shutdown();
    }
  }

  private static String describe(ArticleSearch search, String query) {
    return search.search(SearchQuery.of(query)).hits().items().stream()
        .map(h -> h.article().slug() + "|" + h.title().html() + "|" + h.passage().html())
        .toList()
        .toString();
  }
}
