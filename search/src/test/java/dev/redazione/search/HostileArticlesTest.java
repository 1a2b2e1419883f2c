package dev.redazione.search;

import static dev.redazione.testkit.TestArticles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Tag;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.SearchQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.junit.jupiter.api.Test;

/**
 * One article's content never breaks indexing, search, related articles or same-story grouping:
 * articles built directly, with none of ingest's limits.
 */
class HostileArticlesTest {

  private static final String TEXT =
      "Il nuovo accordo tra le due aziende cambia il mercato dei modelli e dei centri dati.";

  private static Article hostile() {
    List<Tag> tags = new ArrayList<>();
    tags.add(Tag.of("accordo"));
    tags.add(Tag.of("x".repeat(40_000)));
    IntStream.range(0, 2_000).forEach(i -> tags.add(Tag.of("tema " + i)));
    return article("Un titolo " + "lunghissimo ".repeat(500), "2025-01-10", hugeText()).toBuilder()
        .tags(tags)
        .authors(List.of(Author.of("Nome ".repeat(120))))
        .build();
  }

  private static String hugeText() {
    return TEXT
        + " "
        + "y".repeat(100_000)
        + " "
        + IntStream.range(0, 20_000).mapToObj(i -> "parola" + i).collect(Collectors.joining(" "));
  }

  private static Archive archive() {
    return Archive.of(
        List.of(
            hostile(),
            article("L'accordo tra le aziende", "2025-01-11", TEXT, "accordo", "tema 1"),
            article("Un altro articolo", "2025-01-12", "Testo diverso sui telefoni.", "telefoni")));
  }

  @Test
  void relatedSameStoryAndSearchWorkOverHostileArticles() {
    Archive archive = archive();
    ArticleSearch search = LuceneSearchFactory.create().index(archive);
    Article hostile =
        archive.articles().stream().filter(a -> a.tags().size() > 1_000).findFirst().orElseThrow();

    assertThat(search.related(hostile, 3))
        .extracting(r -> r.article().title())
        .contains("L'accordo tra le aziende");
    for (Article article : archive.articles()) {
      assertThat(search.related(article, 3)).isNotNull();
      assertThat(search.sameStory(article)).doesNotContain(article);
    }
    assertThat(search.search(SearchQuery.of("parola19999")).hits().items())
        .singleElement()
        .satisfies(hit -> assertThat(hit.article()).isEqualTo(hostile));
    assertThat(search.search(SearchQuery.of("accordo")).totalHits()).isEqualTo(2);
    String longPhrase = "\"" + "accordo aziende ".repeat(12) + "\"";
    assertThat(search.search(SearchQuery.of(longPhrase)).totalHits()).isZero();
    assertThat(search.search(SearchQuery.of("y".repeat(190))).totalHits()).isEqualTo(1);
  }

  @Test
  void anArticleLuceneRefusesIsLeftOutAndTheOthersAreSearchable() {
    Archive archive = archive();
    Article refused = archive.articles().get(1);
    ArticleIndex index =
        ArticleIndex.build(
            archive,
            (article, position) -> {
              var document = ArticleFields.document(article, article.body().text(), position);
              if (article.equals(refused)) {
                document.add(new StringField("immense", "z".repeat(40_000), Field.Store.NO));
              }
              return document;
            });

    assertThat(index.doc(refused)).isEmpty();
    assertThat(archive.articles())
        .filteredOn(a -> !a.equals(refused))
        .allSatisfy(a -> assertThat(index.doc(a)).isPresent());
    assertThat(index.reader().numDocs()).isEqualTo(2);
    ArticleSearcher searcher = new ArticleSearcher(archive, index);
    assertThat(searcher.search(SearchQuery.of("telefoni")).totalHits()).isEqualTo(1);
    assertThat(
            new RelatedFinder(archive, index, TextNeighbours.of(StoryVectors.of(index)))
                .related(index.position(archive.articles().get(0)).orElseThrow(), 3, Set.of()))
        .isNotNull();
  }
}
