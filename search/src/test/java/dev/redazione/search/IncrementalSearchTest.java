package dev.redazione.search;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Body;
import dev.redazione.core.PublicationDate;
import dev.redazione.core.Slug;
import dev.redazione.core.Tag;
import dev.redazione.core.search.RelatedArticle;
import dev.redazione.core.search.SearchHit;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import dev.redazione.ingest.ContentLoader;
import dev.redazione.testkit.TestArticles;
import dev.redazione.testkit.generate.ArticleGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A search updated for a changed archive answers as the search built for that archive from scratch:
 * searches exactly; related articles and same-story groups exactly as a full pass with the same
 * story statistics, and exactly as a fresh full pass once the changes outgrow the drift allowed. On
 * generated articles with the seeds and rewrites of them (so that there are same-story groups),
 * through edits, additions, deletions, date and slug changes.
 */
class IncrementalSearchTest {

  @TempDir static Path folder;

  private static final List<String> QUERIES =
      List.of(
          "accordo",
          "openai microsoft",
          "\"intelligenza artificiale\"",
          "semicond",
          "batteria",
          "stargate",
          "vulnerabilta ransomwere",
          "parolanuovissima",
          "governo");

  private static final Function<Article, String> PLAIN = a -> a.body().text();

  private static List<Article> base;

  @BeforeAll
  static void generate() throws IOException {
    new ArticleGenerator().writeTo(folder, 200, 7);
    base = new ArrayList<>(ContentLoader.create().load(folder).archive().articles());
    base.addAll(SeedArticles.archive().articles());
    base.add(NearDuplicates.rewrite(SeedArticles.seed("000"), 1, "2023-02-14"));
    base.add(NearDuplicates.rewrite(SeedArticles.seed("003"), 2, null));
  }

  /** The archive's edits, each applied to the result of the ones before. */
  private static List<UnaryOperator<List<Article>>> edits() {
    return List.of(
        articles -> replace(articles, 5, a -> withText(a, a.body().text() + " Una frase in più.")),
        articles ->
            replace(
                articles,
                "003",
                a -> a.toBuilder().date(PublicationDate.parse("2019-06-01")).build()),
        articles -> {
          articles.add(NearDuplicates.rewrite(SeedArticles.seed("004"), 3, null));
          return articles;
        },
        articles -> {
          articles.removeIf(a -> a.slug().equals(SeedArticles.seed("001").slug()));
          return articles;
        },
        articles ->
            replace(articles, 40, a -> a.toBuilder().slug(Slug.of("nuovo-indirizzo")).build()),
        articles ->
            replace(
                articles,
                77,
                a ->
                    withText(
                        a.toBuilder().tags(List.of(Tag.of("OpenAI"), Tag.of("Governo"))).build(),
                        "Parolanuovissima e stargate: " + a.body().text())),
        articles -> {
          articles.add(
              TestArticles.article(
                  "Un articolo del tutto nuovo",
                  "2025-01-20",
                  "Stargate, governo e accordo: parolanuovissima per la batteria.",
                  "OpenAI"));
          articles.remove(120);
          return articles;
        });
  }

  @Test
  void anUpdatedSearchAnswersAsASearchBuiltFromScratch() {
    List<Article> articles = new ArrayList<>(base);
    LuceneArticleSearch search = new LuceneArticleSearch(Archive.of(articles), PLAIN);
    StoryStatistics first = search.statistics();
    for (UnaryOperator<List<Article>> edit : edits()) {
      articles = edit.apply(new ArrayList<>(articles));
      Archive archive = Archive.of(articles);
      search = search.update(archive, PLAIN, Integer.MAX_VALUE);

      assertThat(search.statistics()).as("an update, not a full pass").isSameAs(first);
      assertSameSearches(search, new LuceneArticleSearch(archive, PLAIN), archive);
      assertSameStories(search, search.recomputed(), archive);
    }
  }

  @Test
  void theArchiveHasSameStoryGroupsThatTheEditsChange() {
    LuceneArticleSearch search = new LuceneArticleSearch(Archive.of(base), PLAIN);
    assertThat(search.sameStory(SeedArticles.seed("001")))
        .containsExactly(SeedArticles.seed("002"));

    List<Article> articles = new ArrayList<>(base);
    for (UnaryOperator<List<Article>> edit : edits()) {
      articles = edit.apply(new ArrayList<>(articles));
      search = search.update(Archive.of(articles), PLAIN, Integer.MAX_VALUE);
    }

    assertThat(search.sameStory(SeedArticles.seed("002"))).isEmpty();
    Article rewrite = NearDuplicates.rewrite(SeedArticles.seed("004"), 3, null);
    assertThat(search.sameStory(SeedArticles.seed("004"))).contains(rewrite);
  }

  @Test
  void anUpdateBeyondTheDriftAllowedIsAFreshFullPass() {
    List<Article> articles = new ArrayList<>(base);
    LuceneArticleSearch search = new LuceneArticleSearch(Archive.of(articles), PLAIN);
    StoryStatistics first = search.statistics();
    int maxDrift = 2;
    for (UnaryOperator<List<Article>> edit : edits()) {
      articles = edit.apply(new ArrayList<>(articles));
      Archive archive = Archive.of(articles);
      search = search.update(archive, PLAIN, maxDrift);
      LuceneArticleSearch fresh = new LuceneArticleSearch(archive, PLAIN);

      assertSameSearches(search, fresh, archive);
      if (search.statistics() != first) {
        assertSameStories(search, fresh, archive);
        return;
      }
    }
    throw new AssertionError("no update went beyond a drift of " + maxDrift);
  }

  @Test
  void anUpdateIndexesTheBodyTextItIsGivenOfArticlesThatDidNotChange() {
    Archive archive = Archive.of(base);
    Article captioned = base.get(30);
    Function<Article, String> withCaption =
        a ->
            a == captioned ? a.body().text() + "\n\nIl faro di Zanzibar all'alba" : a.body().text();
    LuceneArticleSearch search = new LuceneArticleSearch(archive, PLAIN);
    StoryStatistics first = search.statistics();

    LuceneArticleSearch shown = search.update(archive, withCaption, Integer.MAX_VALUE);
    LuceneArticleSearch hidden = shown.update(archive, PLAIN, Integer.MAX_VALUE);

    assertThat(shown.statistics()).as("an update, not a full pass").isSameAs(first);
    assertThat(shown.search(SearchQuery.of("zanzibar")).hits().items())
        .singleElement()
        .satisfies(hit -> assertThat(hit.article()).isEqualTo(captioned))
        .satisfies(hit -> assertThat(hit.passage().plainText()).contains("Zanzibar"));
    assertSameSearches(shown, new LuceneArticleSearch(archive, withCaption), archive);
    assertSameStories(shown, shown.recomputed(), archive);
    assertThat(hidden.search(SearchQuery.of("zanzibar")).totalHits()).isZero();
    assertSameSearches(hidden, new LuceneArticleSearch(archive, PLAIN), archive);
    assertSameStories(hidden, hidden.recomputed(), archive);
  }

  private static void assertSameSearches(
      LuceneArticleSearch updated, LuceneArticleSearch fresh, Archive archive) {
    List<SearchQuery> queries = new ArrayList<>();
    for (String text : QUERIES) {
      SearchQuery query = SearchQuery.of(text);
      queries.add(query);
      queries.add(query.withPage(2));
      queries.add(query.withTag("openai"));
      queries.add(query.withYear(2024));
    }
    archive.articles().stream()
        .limit(12)
        .forEach(a -> queries.add(SearchQuery.of(a.title().split(" ")[0])));
    for (SearchQuery query : queries) {
      assertThat(summary(updated.search(query)))
          .as("search `%s` page %d", query.text(), query.page())
          .isEqualTo(summary(fresh.search(query)));
    }
  }

  private static void assertSameStories(
      LuceneArticleSearch updated, LuceneArticleSearch expected, Archive archive) {
    for (Article article : archive.articles()) {
      assertThat(related(updated.related(article, 5)))
          .as("related to %s", article.slug())
          .isEqualTo(related(expected.related(article, 5)));
      assertThat(related(updated.sameStoryWithReasons(article)))
          .as("same story as %s", article.slug())
          .isEqualTo(related(expected.sameStoryWithReasons(article)));
    }
  }

  private static List<String> summary(SearchResults results) {
    List<String> lines = new ArrayList<>();
    lines.add("total " + results.totalHits() + ", suggestion " + results.suggestion());
    for (SearchHit hit : results.hits().items()) {
      lines.add(hit.article().slug() + " " + hit.score() + " " + hit.title() + " " + hit.passage());
    }
    lines.add("tags " + results.tagCounts());
    lines.add("years " + results.yearCounts());
    return lines;
  }

  private static List<String> related(List<RelatedArticle> related) {
    return related.stream()
        .map(r -> r.article().slug() + " " + r.sharedTags() + " " + r.reason())
        .toList();
  }

  private static List<Article> replace(
      List<Article> articles, int index, UnaryOperator<Article> change) {
    articles.set(index, change.apply(articles.get(index)));
    return articles;
  }

  private static List<Article> replace(
      List<Article> articles, String seed, UnaryOperator<Article> change) {
    Article article = SeedArticles.seed(seed);
    return replace(articles, articles.indexOf(article), change);
  }

  private static Article withText(Article article, String text) {
    return article.toBuilder().body(new Body(text, "<p>" + text + "</p>", text)).build();
  }
}
