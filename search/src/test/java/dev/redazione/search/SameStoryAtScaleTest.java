package dev.redazione.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.testkit.TestArticles;
import dev.redazione.testkit.generate.ArticleGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Same-story grouping among many articles that look alike: generated articles never group, real
 * reports of one news and rewrites still do, and no group grows past a handful.
 */
class SameStoryAtScaleTest {

  @TempDir static Path folder;

  private static List<Article> generated;

  @BeforeAll
  static void generate() throws IOException {
    new ArticleGenerator().writeTo(folder, 200, 15);
    generated = ContentLoader.create().load(folder).archive().articles();
  }

  private static List<String> sameStory(ArticleSearch search, Article article) {
    return TestArticles.slugs(search.sameStory(article));
  }

  @Test
  void neverGroupsGeneratedArticles() {
    ArticleSearch search = LuceneSearchFactory.create().index(Archive.of(generated));
    assertThat(generated).filteredOn(a -> a.date().isEmpty()).hasSizeGreaterThan(20);
    assertThat(generated)
        .allSatisfy(a -> assertThat(search.sameStory(a)).as("%s", a.slug()).isEmpty());
  }

  @Test
  void neverGroupsArticlesMixedFromTheSameSentences() {
    List<Article> mixes = SentenceMixes.of(SeedArticles.archive().articles(), 200, 3);
    ArticleSearch search = LuceneSearchFactory.create().index(Archive.of(mixes));
    assertThat(mixes).allSatisfy(a -> assertThat(search.sameStory(a)).as("%s", a.slug()).isEmpty());
  }

  @Test
  void groupsTheSeedPairAndRewritesAmongGeneratedArticles() {
    List<Article> articles = new ArrayList<>(generated);
    articles.addAll(SeedArticles.archive().articles());
    Map<String, Article> rewrites =
        Map.of(
            "000", NearDuplicates.rewrite(SeedArticles.seed("000"), 1, "2023-02-14"),
            "003", NearDuplicates.rewrite(SeedArticles.seed("003"), 2, null),
            "004", NearDuplicates.rewrite(SeedArticles.seed("004"), 3, null));
    articles.addAll(rewrites.values());
    ArticleSearch search = LuceneSearchFactory.create().index(Archive.of(articles));

    assertThat(search.sameStory(SeedArticles.seed("001")))
        .containsExactly(SeedArticles.seed("002"));
    assertThat(search.sameStory(SeedArticles.seed("002")))
        .containsExactly(SeedArticles.seed("001"));
    rewrites.forEach(
        (number, rewrite) -> {
          assertThat(search.sameStory(SeedArticles.seed(number))).containsExactly(rewrite);
          assertThat(search.sameStory(rewrite)).containsExactly(SeedArticles.seed(number));
        });
    assertThat(generated)
        .allSatisfy(a -> assertThat(search.sameStory(a)).as("%s", a.slug()).isEmpty());
  }

  @Test
  void groupsAFewRewritesOfOneReportTogether() {
    List<Article> articles = new ArrayList<>(generated);
    List<String> copies = new ArrayList<>(List.of(SeedArticles.seed("004").slug().value()));
    articles.add(SeedArticles.seed("004"));
    for (int i = 0; i < 3; i++) {
      Article rewrite = NearDuplicates.rewrite(SeedArticles.seed("004"), 10 + i, null);
      articles.add(rewrite);
      copies.add(rewrite.slug().value());
    }
    Archive archive = Archive.of(articles);
    ArticleSearch search = LuceneSearchFactory.create().index(archive);
    for (String copy : copies) {
      List<String> others = new ArrayList<>(copies);
      others.remove(copy);
      assertThat(sameStory(search, archive.getBySlug(copy)))
          .containsExactlyInAnyOrderElementsOf(others);
    }
  }

  @Test
  void keepsEveryGroupToAHandful() {
    List<Article> articles = new ArrayList<>(generated);
    articles.add(SeedArticles.seed("004"));
    for (int i = 0; i < 9; i++) {
      articles.add(NearDuplicates.rewrite(SeedArticles.seed("004"), 20 + i, "2025-01-0" + (1 + i)));
    }
    Archive archive = Archive.of(articles);
    ArticleSearch search = LuceneSearchFactory.create().index(archive);
    assertThat(archive.articles())
        .allSatisfy(
            a ->
                assertThat(search.sameStory(a))
                    .hasSizeLessThanOrEqualTo(SameStoryGroups.MAX_OTHERS));
  }
}
