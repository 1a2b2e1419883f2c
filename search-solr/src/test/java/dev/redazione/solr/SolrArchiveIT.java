package dev.redazione.solr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redazione.core.Archive;
import dev.redazione.core.ArchiveQueries;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.Heading;
import dev.redazione.core.Listing;
import dev.redazione.core.Page;
import dev.redazione.core.Tag;
import dev.redazione.core.TermCount;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The archive read from a real two-node SolrCloud (one shard, two replicas) against the same
 * archive in memory, over the seeds and 300 generated articles ({@link IndexedSeeds}): the same
 * articles, listings, neighbours and counts.
 */
@ExtendWith(IndexedSeeds.Resolver.class)
class SolrArchiveIT {

  private static final int PAGE_SIZE = 12;

  private static Archive memory;
  private static ArchiveQueries solr;

  @BeforeAll
  static void readTheIndexedSeeds(IndexedSeeds seeds) {
    memory = seeds.archive();
    solr = new SolrArchive(seeds.client());
  }

  /** What a page shows of an article, field by field, as text that names each difference. */
  private static List<String> shown(Article a) {
    return List.of(
        "slug " + a.slug(),
        "title " + a.title(),
        "subtitle " + a.subtitle(),
        "date " + a.date(),
        "updated " + a.updated(),
        "authors " + a.authors().stream().map(x -> x.name() + "|" + x.bio()).toList(),
        "tags " + a.tags().stream().map(t -> t.name() + "|" + t.key()).toList(),
        "categories " + a.categories().stream().map(c -> c.name() + "|" + c.key()).toList(),
        "image " + a.image().map(i -> i.src() + "|" + i.alt() + "|" + i.caption()),
        "summary " + a.summary(),
        "markdown " + a.body().markdown(),
        "html " + a.body().html(),
        "text " + a.body().text(),
        "captions " + a.body().captions(),
        "image sources " + a.body().imageSources(),
        "words " + a.wordCount() + " minutes " + a.readingMinutes(),
        "headings " + a.headings().stream().map(Heading::toString).toList(),
        "aliases " + a.aliases(),
        "source " + a.report().source(),
        "language " + a.language());
  }

  private static List<String> slugs(Page<Article> page) {
    return page.items().stream().map(a -> a.slug().value()).toList();
  }

  private static List<Listing> listings() {
    List<Listing> listings = new ArrayList<>(List.of(Listing.all(), Listing.undated()));
    memory.tags().forEach(t -> listings.add(Listing.tag(t.term().key())));
    memory.categories().forEach(c -> listings.add(Listing.category(c.term().key())));
    memory.authors().forEach(a -> listings.add(Listing.author(a.term().key())));
    for (TermCount<Integer> year : memory.years()) {
      listings.add(Listing.year(year.term()));
      memory.months(year.term()).forEach(m -> listings.add(Listing.month(m.term())));
    }
    return listings;
  }

  @Test
  void theArchiveHasAllKindsOfListingToCompare() {
    assertThat(memory.size()).isGreaterThan(IndexedSeeds.GENERATED);
    assertThat(memory.undated()).isNotEmpty();
    assertThat(memory.categories()).isNotEmpty();
    assertThat(memory.authors()).anySatisfy(a -> assertThat(a.term().bio()).isPresent());
    assertThat(memory.articles()).anySatisfy(a -> assertThat(a.image()).isPresent());
  }

  @Test
  void readsEveryArticleBackAsThePageShowsIt() {
    assertThat(solr.size()).isEqualTo(memory.size());
    for (Article article : memory.articles()) {
      Article read = solr.findBySlug(article.slug().value()).orElseThrow();
      assertThat(shown(read)).isEqualTo(shown(article));
    }
  }

  @Test
  void findsNothingForAnUnknownSlugOrTextThatIsNoSlug() {
    assertThat(solr.findBySlug("nessun-articolo")).isEmpty();
    assertThat(solr.findBySlug("Non Uno Slug")).isEmpty();
    assertThat(solr.findBySlug("")).isEmpty();
  }

  @Test
  void givesTheSamePreviousAndNextArticle() {
    for (Article article : memory.articles()) {
      assertThat(solr.previous(article).map(Article::slug))
          .as("before " + article.slug())
          .isEqualTo(memory.previous(article).map(Article::slug));
      assertThat(solr.next(article).map(Article::slug))
          .as("after " + article.slug())
          .isEqualTo(memory.next(article).map(Article::slug));
    }
  }

  @Test
  void givesTheSamePagesOfEveryListingWithTheSameTotals() {
    for (Listing listing : listings()) {
      Page<Article> first = memory.page(listing, 1, PAGE_SIZE);
      assertThat(first.totalItems()).as(listing.toString()).isPositive();
      for (int number = 1; number <= first.totalPages() + 1; number++) {
        Page<Article> expected = memory.page(listing, number, PAGE_SIZE);
        Page<Article> actual = solr.page(listing, number, PAGE_SIZE);
        assertThat(slugs(actual)).as(listing + " page " + number).isEqualTo(slugs(expected));
        assertThat(actual.totalItems()).as(listing.toString()).isEqualTo(expected.totalItems());
      }
    }
    assertThat(solr.page(Listing.tag("nessun-tag"), 1, PAGE_SIZE).totalItems()).isZero();
    assertThat(solr.page(Listing.month(YearMonth.of(1990, 1)), 1, PAGE_SIZE).items()).isEmpty();
  }

  @Test
  void countsTermsYearsAndMonthsAndShowsTheSameSpellings() {
    assertThat(names(solr.tags(), Tag::name)).isEqualTo(names(memory.tags(), Tag::name));
    assertThat(names(solr.categories(), Category::name))
        .isEqualTo(names(memory.categories(), Category::name));
    assertThat(names(solr.authors(), a -> a.name() + "|" + a.bio()))
        .isEqualTo(names(memory.authors(), a -> a.name() + "|" + a.bio()));
    assertThat(solr.years()).isEqualTo(memory.years());
    for (TermCount<Integer> year : memory.years()) {
      assertThat(solr.months(year.term())).isEqualTo(memory.months(year.term()));
    }
    for (TermCount<Tag> tag : memory.tags()) {
      String key = tag.term().key();
      assertThat(solr.findTag(key).map(Tag::name)).isEqualTo(memory.findTag(key).map(Tag::name));
    }
    for (TermCount<Author> author : memory.authors()) {
      String key = author.term().key();
      assertThat(solr.findAuthor(key).map(a -> a.name() + "|" + a.bio()))
          .isEqualTo(memory.findAuthor(key).map(a -> a.name() + "|" + a.bio()));
    }
    for (TermCount<Category> category : memory.categories()) {
      String key = category.term().key();
      assertThat(solr.findCategory(key).map(Category::name))
          .isEqualTo(memory.findCategory(key).map(Category::name));
    }
    assertThat(solr.findTag("nessun-tag")).isEmpty();
  }

  private static <T> List<String> names(
      List<TermCount<T>> counts, java.util.function.Function<T, String> name) {
    return counts.stream().map(c -> name.apply(c.term()) + "=" + c.count()).toList();
  }
}
