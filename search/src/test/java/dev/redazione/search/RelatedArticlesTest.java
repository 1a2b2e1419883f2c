package dev.redazione.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.testkit.TestArticles;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Leggi anche": related articles by content and shared tags, with their reasons. */
class RelatedArticlesTest {

  private static final Article AZURE =
      TestArticles.article(
          "OpenAI sceglie Azure per addestrare i modelli",
          "2024-03-01",
          "OpenAI addestra i suoi modelli sui supercomputer Azure di Microsoft. L'accordo di calcolo è esclusivo.",
          "OpenAI",
          "Azure",
          "Microsoft");
  private static final Article AZURE_AGAIN =
      TestArticles.article(
          "Microsoft amplia i data center Azure",
          "2024-04-10",
          "Nuovi data center Azure in Europa addestreranno i modelli di OpenAI e serviranno i clienti cloud.",
          "Azure",
          "OpenAI",
          "Cloud");
  private static final Article SAME_WORDS =
      TestArticles.article(
          "Supercomputer per l'addestramento dei modelli",
          "2023-11-20",
          "I supercomputer per addestrare modelli linguistici consumano molta energia e calcolo.");
  private static final Article UNRELATED =
      TestArticles.article(
          "La nuova bici elettrica pieghevole",
          "2024-05-05",
          "Una bici elettrica pieghevole con batteria estraibile e autonomia di ottanta chilometri.",
          "Mobilità");

  private static final Article VOICE =
      TestArticles.article(
          "Una nuova voce sintetica per ChatGPT",
          "2024-06-01",
          "La modalità vocale di ChatGPT parla ora anche con accento romano.",
          "OpenAI");

  private static final ArticleSearch SEARCH =
      LuceneSearchFactory.create()
          .index(Archive.of(List.of(AZURE, AZURE_AGAIN, SAME_WORDS, UNRELATED, VOICE)));

  @Test
  void ranksTheArticleSharingTagsAndWordsFirst() {
    assertThat(SEARCH.related(AZURE, 3))
        .first()
        .extracting(RelatedArticle::article)
        .isEqualTo(AZURE_AGAIN);
  }

  @Test
  void namesTheSharedTagsRarestFirstInTheReason() {
    RelatedArticle related = SEARCH.related(AZURE, 1).get(0);
    assertThat(related.reason()).isEqualTo("stessi temi: Azure, OpenAI");
    assertThat(related.sharedTags()).extracting(t -> t.name()).containsExactly("Azure", "OpenAI");
  }

  @Test
  void explainsAContentMatchWithoutSharedTags() {
    assertThat(SEARCH.related(AZURE, 3))
        .filteredOn(r -> r.article().equals(SAME_WORDS))
        .singleElement()
        .extracting(RelatedArticle::reason)
        .isEqualTo("testo simile");
  }

  @Test
  void neverSuggestsTheArticleItself() {
    assertThat(SEARCH.related(AZURE, 10)).extracting(RelatedArticle::article).doesNotContain(AZURE);
  }

  @Test
  void leavesOutArticlesWithNothingInCommon() {
    assertThat(SEARCH.related(AZURE, 10))
        .extracting(RelatedArticle::article)
        .doesNotContain(UNRELATED);
  }

  @Test
  void respectsTheLimit() {
    assertThat(SEARCH.related(AZURE, 1)).hasSize(1);
  }

  @Test
  void rejectsALimitBelowOne() {
    assertThatThrownBy(() -> SEARCH.related(AZURE, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void leavesSameStoryArticlesToTheirOwnList() {
    ArticleSearch seeds = LuceneSearchFactory.create().index(SeedArticles.archive());
    assertThat(seeds.related(SeedArticles.seed("001"), 10))
        .extracting(RelatedArticle::article)
        .doesNotContain(SeedArticles.seed("002"))
        .isNotEmpty();
  }

  @Test
  void unknownArticleHasNoRelatedArticles() {
    assertThat(SEARCH.related(SeedArticles.seed("000"), 3)).isEmpty();
  }
}
