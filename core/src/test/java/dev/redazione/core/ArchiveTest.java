package dev.redazione.core;

import static dev.redazione.core.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class ArchiveTest {

  private final Article partnership =
      article("Partnership", "2023-02-12", "OpenAI", "Microsoft").build();
  private final Article stargate = article("Stargate", "2025-01", "openai", "Stargate").build();
  private final Article fine = article("Fine esclusiva", "2025-01-21", "OPENAI").build();
  private final Article divorzio = article("Divorzio", "2024", "OpenAI").build();
  private final Article undated = article("Senza data", null).build();
  private final Archive archive =
      Archive.of(List.of(undated, divorzio, partnership, stargate, fine));

  @Test
  void listsNewestFirstWithUndatedLast() {
    assertThat(archive.articles()).containsExactly(fine, stargate, divorzio, partnership, undated);
  }

  @Test
  void findsBySlugAndThrowsNamingAMissingSlug() {
    assertThat(archive.findBySlug("stargate")).contains(stargate);
    assertThat(archive.findBySlug("nessuno")).isEmpty();
    assertThat(archive.findBySlug("../etc/passwd")).isEmpty();
    assertThat(archive.getBySlug("divorzio")).isEqualTo(divorzio);
    assertThatThrownBy(() -> archive.getBySlug("nessuno"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("`nessuno`");
  }

  @Test
  void groupsTagsByKeyAndShowsTheMostCommonSpelling() {
    assertThat(archive.byTag("openai")).containsExactly(fine, stargate, divorzio, partnership);
    assertThat(archive.findTag("openai")).map(Tag::name).contains("OpenAI");
    assertThat(archive.tags())
        .extracting(c -> c.term().name() + "=" + c.count())
        .containsExactly("OpenAI=4", "Microsoft=1", "Stargate=1");
  }

  @Test
  void unknownKeysGiveEmptyResults() {
    assertThat(archive.byTag("nessuno")).isEmpty();
    assertThat(archive.byCategory("nessuna")).isEmpty();
    assertThat(archive.byAuthor("nessuno")).isEmpty();
    assertThat(archive.byYear(1999)).isEmpty();
    assertThat(archive.findTag("nessuno")).isEmpty();
  }

  @Test
  void groupsByYearAndMonthAtTheKnownPrecision() {
    assertThat(archive.byYear(2025)).containsExactly(fine, stargate);
    assertThat(archive.byYear(2024)).containsExactly(divorzio);
    assertThat(archive.byMonth(YearMonth.of(2025, 1))).containsExactly(fine, stargate);
    assertThat(archive.months(2024)).isEmpty();
    assertThat(archive.undated()).containsExactly(undated);
    assertThat(archive.years())
        .extracting(c -> c.term() + "=" + c.count())
        .containsExactly("2025=2", "2024=1", "2023=1");
  }

  @Test
  void pagesEachListingInArchiveOrderWithItsSizeAsTotal() {
    Page<Article> tagged = archive.page(Listing.tag("openai"), 2, 3);
    assertThat(tagged.items()).containsExactly(partnership);
    assertThat(tagged.totalItems()).isEqualTo(4);
    assertThat(archive.page(Listing.all(), 1, 2).items()).containsExactly(fine, stargate);
    assertThat(archive.page(Listing.year(2025), 1, 5).items()).containsExactly(fine, stargate);
    assertThat(archive.page(Listing.month(YearMonth.of(2025, 1)), 1, 5).totalItems()).isEqualTo(2);
    assertThat(archive.page(Listing.undated(), 1, 5).items()).containsExactly(undated);
    assertThat(archive.page(Listing.category("nessuna"), 1, 5).totalItems()).isZero();
    assertThat(archive.page(Listing.author("nessuno"), 1, 5).items()).isEmpty();
  }

  @Test
  void countsAuthorsAndCategoriesPreferringTheSpellingWithABio() {
    Article a =
        article("Uno", "2024-01-01")
            .authors(List.of(Author.of("Claudio Garau")))
            .categories(List.of(Category.of("AI")))
            .build();
    Article b =
        article("Due", "2024-01-02")
            .authors(List.of(Author.of("Claudio Garau", "Web developer.")))
            .categories(List.of(Category.of("ai"), Category.of("Cloud")))
            .build();

    Archive small = Archive.of(List.of(a, b));

    assertThat(small.findAuthor("claudio-garau"))
        .get()
        .extracting(x -> x.bio().orElseThrow())
        .isEqualTo("Web developer.");
    assertThat(small.authors()).singleElement().extracting(TermCount::count).isEqualTo(2);
    assertThat(small.byCategory("ai")).containsExactly(b, a);
    assertThat(small.categories()).extracting(c -> c.term().key()).containsExactly("ai", "cloud");
  }

  @Test
  void previousIsOlderAndNextIsNewerWithEmptyAtBothEnds() {
    assertThat(archive.next(fine)).isEmpty();
    assertThat(archive.previous(fine)).contains(stargate);
    assertThat(archive.next(stargate)).contains(fine);
    assertThat(archive.previous(undated)).isEmpty();
    assertThat(archive.next(undated)).contains(partnership);
  }

  @Test
  void neighboursOfAForeignArticleAreAnError() {
    Article foreign = article("Altrove", "2020").build();

    assertThatThrownBy(() -> archive.next(foreign))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessageContaining("altrove");
  }

  @Test
  void paginatesWithEmptyPagesBeyondTheEnd() {
    Page<Article> first = archive.page(1, 2);
    Page<Article> last = archive.page(3, 2);
    Page<Article> beyond = archive.page(4, 2);

    assertThat(first.items()).containsExactly(fine, stargate);
    assertThat(first.totalPages()).isEqualTo(3);
    assertThat(first.hasPrevious()).isFalse();
    assertThat(first.hasNext()).isTrue();
    assertThat(last.items()).containsExactly(undated);
    assertThat(last.hasNext()).isFalse();
    assertThat(beyond.items()).isEmpty();
    assertThat(beyond.isBeyondEnd()).isTrue();
  }

  @Test
  void makesCollidingSlugsUniqueDeterministicallyWithADiagnostic() {
    Article first =
        article("Notizia", "2024-01-01").source(new Source("a.md", SourceFormat.RAW_TEXT)).build();
    Article second =
        article("Notizia", "2024-01-02").source(new Source("b.md", SourceFormat.RAW_TEXT)).build();
    Article third =
        article("Notizia", "2024-01-03").source(new Source("c.md", SourceFormat.RAW_TEXT)).build();

    Archive forward = Archive.of(List.of(first, second, third));
    Archive backward = Archive.of(List.of(third, second, first));

    assertThat(forward.articles())
        .extracting(a -> a.report().source().path() + ":" + a.slug())
        .containsExactly("c.md:notizia-3", "b.md:notizia-2", "a.md:notizia");
    assertThat(backward.articles()).isEqualTo(forward.articles());
    assertThat(forward.getBySlug("notizia-2").report().diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("DUPLICATE_SLUG");
              assertThat(d.severity()).isEqualTo(Severity.WARNING);
              assertThat(d.message()).contains("`notizia`", "`notizia-2`");
            });
    assertThat(forward.diagnostics()).hasSize(2);
  }

  @Test
  void aSuffixNeverStealsAnExistingSlug() {
    Article a =
        article("Notizia", "2024-01-01").source(new Source("a.md", SourceFormat.RAW_TEXT)).build();
    Article b =
        article("Notizia", "2024-01-02").source(new Source("b.md", SourceFormat.RAW_TEXT)).build();
    Article c =
        article("Notizia 2", "2024-01-03")
            .source(new Source("c.md", SourceFormat.RAW_TEXT))
            .build();

    Archive archiveWithTrap = Archive.of(List.of(a, b, c));

    assertThat(archiveWithTrap.articles())
        .extracting(x -> x.slug().value())
        .containsExactlyInAnyOrder("notizia", "notizia-3", "notizia-2");
    assertThat(archiveWithTrap.getBySlug("notizia-2")).isEqualTo(c);
  }

  @Test
  void thousandsOfArticlesSharingOneSlugGetConsecutiveSuffixes() {
    List<Article> copies = new ArrayList<>();
    for (int i = 0; i < 3000; i++) {
      copies.add(
          article("Back to top", "2024-01-01")
              .source(new Source(String.format("%05d.txt", i), SourceFormat.RAW_TEXT))
              .build());
    }

    Archive crowded = Archive.of(copies);

    assertThat(crowded.findBySlug("back-to-top")).isPresent();
    assertThat(crowded.findBySlug("back-to-top-3000")).isPresent();
    assertThat(crowded.findBySlug("back-to-top-3001")).isEmpty();
  }

  @Test
  void theEmptyArchiveAnswersEveryQuery() {
    Archive empty = Archive.empty();

    assertThat(empty.size()).isZero();
    assertThat(empty.page(1, 10).items()).isEmpty();
    assertThat(empty.page(1, 10).totalPages()).isEqualTo(1);
    assertThat(empty.tags()).isEmpty();
  }

  @Test
  void findsTheArticleOfAnAlias() {
    Article moved =
        article("Nuovo titolo", "2024-05-01")
            .aliases(List.of(Alias.parse("vecchio-titolo"), Alias.parse("/2024/05/vecchio.html")))
            .build();
    Archive withAliases = Archive.of(List.of(moved, stargate));

    assertThat(withAliases.findByAlias("/articoli/vecchio-titolo")).contains(moved.slug());
    assertThat(withAliases.findByAlias("/2024/05/vecchio.html")).contains(moved.slug());
    assertThat(withAliases.findByAlias("/articoli/stargate")).isEmpty();
    assertThat(withAliases.getBySlug("nuovo-titolo").report().diagnostics()).isEmpty();
  }

  @Test
  void anAliasThatIsAnArticlesAddressOrAnEarlierAliasIsDroppedWithAWarningAtItsLine() {
    Article first =
        article("Primo", "2024-05-01")
            .source(new Source("a.md", SourceFormat.FRONT_MATTER_MARKDOWN))
            .aliases(List.of(Alias.parse("/conteso"), Alias.parse("stargate")))
            .provenance(ArticleField.ALIASES, Provenance.at(Origin.FRONT_MATTER, 4))
            .build();
    Article second =
        article("Secondo", "2024-05-02")
            .source(new Source("b.md", SourceFormat.FRONT_MATTER_MARKDOWN))
            .aliases(List.of(Alias.parse("/conteso"), Alias.parse("secondo"), Alias.parse("/mio")))
            .provenance(ArticleField.ALIASES, Provenance.at(Origin.FRONT_MATTER, 5))
            .build();
    Archive archive = Archive.of(List.of(second, first, stargate));

    Article a = archive.getBySlug("primo");
    Article b = archive.getBySlug("secondo");
    assertThat(a.aliases()).extracting(Alias::path).containsExactly("/conteso");
    assertThat(b.aliases()).extracting(Alias::path).containsExactly("/mio");
    assertThat(a.report().diagnostics())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.code()).isEqualTo("ALIAS_CONFLICT");
              assertThat(d.lineNumber()).isEqualTo(4);
              assertThat(d.message())
                  .contains("`/articoli/stargate`", "the address of the article");
            });
    assertThat(b.report().diagnostics())
        .extracting(Diagnostic::message)
        .satisfiesExactlyInAnyOrder(
            m -> assertThat(m).contains("`/conteso`", "already an alias", "`a.md`"),
            m -> assertThat(m).contains("`/articoli/secondo`", "this article's own address"));
    assertThat(archive.findByAlias("/conteso")).contains(a.slug());
  }
}
