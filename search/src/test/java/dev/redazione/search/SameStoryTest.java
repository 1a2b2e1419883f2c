package dev.redazione.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Tag;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.testkit.TestArticles;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Same-story grouping on the seeds and on generated near-duplicates. */
class SameStoryTest {

  private static final ArticleSearch SEEDS =
      LuceneSearchFactory.create().index(SeedArticles.archive());

  private static List<String> sameStory(ArticleSearch search, Article article) {
    return search.sameStory(article).stream().map(a -> a.slug().value()).toList();
  }

  @Test
  void groupsTheTwoSeedsOnTheJanuary2025Change() {
    assertThat(SEEDS.sameStory(SeedArticles.seed("001"))).containsExactly(SeedArticles.seed("002"));
    assertThat(SEEDS.sameStory(SeedArticles.seed("002"))).containsExactly(SeedArticles.seed("001"));
  }

  @Test
  void namesWhatTheTwoSeedsShareAndTheMonthOfTheNews() {
    assertThat(SEEDS.sameStoryWithReasons(SeedArticles.seed("002")))
        .singleElement()
        .satisfies(
            same -> {
              assertThat(same.article()).isEqualTo(SeedArticles.seed("001"));
              assertThat(same.reason())
                  .isEqualTo(
                      "stessa notizia: progetto Stargate, diritto di prelazione, gennaio 2025");
              assertThat(same.sharedTags()).extracting(Tag::name).contains("OpenAI", "Microsoft");
            });
  }

  @Test
  void leavesTheOtherSeedsAlone() {
    for (String number : List.of("000", "003", "004")) {
      assertThat(SEEDS.sameStory(SeedArticles.seed(number))).as("seed %s", number).isEmpty();
    }
  }

  @Test
  void seedPairOnTheSameNewsScoresBetweenTheThresholds() {
    LuceneArticleSearch search = (LuceneArticleSearch) SEEDS;
    double same = search.similarity(SeedArticles.seed("001"), SeedArticles.seed("002"));
    assertThat(same).isBetween(SameStoryGroups.WEAK, SameStoryGroups.STRONG);
    for (String one : List.of("000", "003", "004")) {
      for (Article other : SeedArticles.archive().articles()) {
        if (!other.equals(SeedArticles.seed(one))) {
          assertThat(search.similarity(SeedArticles.seed(one), other)).isLessThan(same);
        }
      }
    }
  }

  @Test
  void groupsGeneratedRewritesWithTheirOriginal() {
    List<Article> articles = new ArrayList<>(SeedArticles.archive().articles());
    List<Article> rewrites = new ArrayList<>();
    for (String number : List.of("000", "003", "004")) {
      Article original = SeedArticles.seed(number);
      Article rewrite = NearDuplicates.rewrite(original, number.hashCode(), null);
      rewrites.add(rewrite);
      articles.add(rewrite);
    }
    Archive archive = Archive.of(articles);
    ArticleSearch search = LuceneSearchFactory.create().index(archive);
    for (int i = 0; i < rewrites.size(); i++) {
      Article original = SeedArticles.seed(List.of("000", "003", "004").get(i));
      Article rewrite = archive.getBySlug(rewrites.get(i).slug().value());
      assertThat(sameStory(search, rewrite))
          .as("rewrite of %s", original.slug())
          .containsExactly(original.slug().value());
      assertThat(sameStory(search, original)).containsExactly(rewrite.slug().value());
    }
  }

  @Test
  void keepsTheSeedPairWhenOneOfThemHasARewrite() {
    Article rewrite = NearDuplicates.rewrite(SeedArticles.seed("001"), 7, null);
    List<Article> articles = new ArrayList<>(SeedArticles.archive().articles());
    articles.add(rewrite);
    ArticleSearch search = LuceneSearchFactory.create().index(Archive.of(articles));
    assertThat(sameStory(search, SeedArticles.seed("001")))
        .containsExactlyInAnyOrder(rewrite.slug().value(), SeedArticles.seed("002").slug().value());
  }

  @Test
  void doesNotGroupRewritesPublishedMonthsApart() {
    Article original = SeedArticles.seed("000");
    Article later = NearDuplicates.rewrite(original, 3, "2023-09-01");
    Article soon = NearDuplicates.rewrite(original, 4, "2023-02-20");
    List<Article> articles = new ArrayList<>(SeedArticles.archive().articles());
    articles.add(later);
    articles.add(soon);
    ArticleSearch search = LuceneSearchFactory.create().index(Archive.of(articles));
    assertThat(sameStory(search, original)).containsExactly(soon.slug().value());
  }

  @Test
  void unknownArticleHasNoSameStory() {
    Article stranger = TestArticles.article("Un articolo esterno", null, "Testo qualunque.");
    assertThat(SEEDS.sameStory(stranger)).isEmpty();
  }
}
