package dev.redazione.solr;

import dev.redazione.core.ArchiveQueries;
import dev.redazione.core.Article;
import dev.redazione.core.Author;
import dev.redazione.core.Category;
import dev.redazione.core.Listing;
import dev.redazione.core.Page;
import dev.redazione.core.Slug;
import dev.redazione.core.Tag;
import dev.redazione.core.TermCount;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;

/**
 * The {@link ArchiveQueries} of a SolrCloud collection that {@code redazione index} keeps in step
 * with a content folder: every answer is a query to the cluster, so a server that renders with it
 * holds no archive. Articles are read back from their stored fields ({@link StoredArticle});
 * listings are filtered queries sorted by the archive's order ({@link ArchiveOrder}), a page at a
 * time, with the listing's size as the number found; the previous and next article are range
 * queries on that order; terms, years and months with their counts are facets (the spelling of a
 * term is the one the indexer recorded for the whole archive). When the cluster cannot answer, the
 * queries raise {@link dev.redazione.core.search.SearchUnavailableException}; a request Solr
 * refuses as bad finds nothing. Thread-safe.
 */
public final class SolrArchive implements ArchiveQueries {

  private final SolrCollectionClient collection;

  /** The archive of this collection. */
  public SolrArchive(SolrCollectionClient collection) {
    this.collection = Objects.requireNonNull(collection, "collection");
  }

  @Override
  public int size() {
    return query(params("*:*", 0), "the number of articles")
        .map(r -> (int) r.getResults().getNumFound())
        .orElse(0);
  }

  @Override
  public Optional<Article> findBySlug(String slug) {
    try {
      new Slug(slug);
    } catch (IllegalArgumentException | NullPointerException notASlug) {
      return Optional.empty();
    }
    return first(term(ArticleFields.ID, slug), "asc", "the article `" + slug + "`");
  }

  @Override
  public Page<Article> page(Listing listing, int number, int size) {
    Page<Article> empty = Page.of(List.of(), number, size);
    ModifiableSolrParams params = params("*:*", size);
    params.set("fq", filter(listing));
    params.set("sort", ArticleFields.ORDER + " asc");
    params.set("start", (int) Math.min(Integer.MAX_VALUE, (long) (number - 1) * size));
    params.set("fl", StoredArticle.FIELDS);
    return query(params, "page " + number + " of " + listing)
        .map(
            r ->
                new Page<>(
                    r.getResults().stream().map(StoredArticle::read).toList(),
                    number,
                    size,
                    (int) r.getResults().getNumFound()))
        .orElse(empty);
  }

  @Override
  public Optional<Article> previous(Article article) {
    String key = ArchiveOrder.key(article);
    return first(
        ArticleFields.ORDER + ":{\"" + key + "\" TO *]",
        "asc",
        "the article before " + article.slug());
  }

  @Override
  public Optional<Article> next(Article article) {
    String key = ArchiveOrder.key(article);
    return first(
        ArticleFields.ORDER + ":[* TO \"" + key + "\"}",
        "desc",
        "the article after " + article.slug());
  }

  @Override
  public Optional<Tag> findTag(String key) {
    return shown(ArticleFields.TAG_SHOWN, key, ShownTerms::tag);
  }

  @Override
  public Optional<Category> findCategory(String key) {
    return shown(ArticleFields.CATEGORY_SHOWN, key, ShownTerms::category);
  }

  @Override
  public Optional<Author> findAuthor(String key) {
    return shown(ArticleFields.AUTHOR_SHOWN, key, ShownTerms::author);
  }

  @Override
  public List<TermCount<Tag>> tags() {
    return terms(ArticleFields.TAG_SHOWN, ShownTerms::tag, Tag::key);
  }

  @Override
  public List<TermCount<Category>> categories() {
    return terms(ArticleFields.CATEGORY_SHOWN, ShownTerms::category, Category::key);
  }

  @Override
  public List<TermCount<Author>> authors() {
    return terms(ArticleFields.AUTHOR_SHOWN, ShownTerms::author, Author::key);
  }

  @Override
  public List<TermCount<Integer>> years() {
    return facet(ArticleFields.YEAR, null).stream()
        .map(c -> new TermCount<>(Integer.parseInt(c.getName()), (int) c.getCount()))
        .sorted(Comparator.comparing((TermCount<Integer> c) -> c.term()).reversed())
        .toList();
  }

  @Override
  public List<TermCount<YearMonth>> months(int year) {
    return facet(ArticleFields.MONTH, String.format(Locale.ROOT, "%04d-", year)).stream()
        .map(c -> new TermCount<>(YearMonth.parse(c.getName()), (int) c.getCount()))
        .sorted(Comparator.comparing((TermCount<YearMonth> c) -> c.term()).reversed())
        .toList();
  }

  private static String filter(Listing listing) {
    if (listing instanceof Listing.Tagged tagged) {
      return term(ArticleFields.TAG_KEY, tagged.key());
    }
    if (listing instanceof Listing.InCategory category) {
      return term(ArticleFields.CATEGORY_KEY, category.key());
    }
    if (listing instanceof Listing.ByAuthor author) {
      return term(ArticleFields.AUTHOR_KEY, author.key());
    }
    if (listing instanceof Listing.InYear year) {
      return ArticleFields.YEAR + ":" + year.year();
    }
    if (listing instanceof Listing.InMonth month) {
      return term(ArticleFields.MONTH, month.month().toString());
    }
    return listing instanceof Listing.Undated ? "-" + ArticleFields.YEAR + ":[* TO *]" : "*:*";
  }

  /** A query for the documents whose field holds exactly this value, whatever its characters. */
  private static String term(String field, String value) {
    return "{!term f=" + field + "}" + value;
  }

  private Optional<Article> first(String query, String direction, String what) {
    ModifiableSolrParams params = params(query, 1);
    params.set("sort", ArticleFields.ORDER + " " + direction);
    params.set("fl", StoredArticle.FIELDS);
    return query(params, what)
        .flatMap(r -> r.getResults().stream().findFirst())
        .map(StoredArticle::read);
  }

  /** The term of this key as shown: the most used of the values recorded for the key. */
  private <T> Optional<T> shown(String field, String key, Function<String, T> read) {
    return facet(field, ShownTerms.prefix(key)).stream()
        .max(Comparator.comparingLong(FacetField.Count::getCount))
        .map(c -> read.apply(c.getName()));
  }

  /**
   * Every term with its count, most used first, then by key. Documents written in different runs
   * may record two spellings of one key; their counts add up, under the most used spelling.
   */
  private <T> List<TermCount<T>> terms(
      String field, Function<String, T> read, Function<T, String> keyOf) {
    Map<String, FacetField.Count> mostUsed = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    for (FacetField.Count value : facet(field, null)) {
      String key = ShownTerms.key(value.getName());
      counts.merge(key, (int) value.getCount(), Integer::sum);
      mostUsed.merge(key, value, (a, b) -> b.getCount() > a.getCount() ? b : a);
    }
    List<TermCount<T>> terms = new ArrayList<>(counts.size());
    mostUsed.forEach(
        (key, value) -> terms.add(new TermCount<>(read.apply(value.getName()), counts.get(key))));
    terms.sort(
        Comparator.<TermCount<T>>comparingInt(TermCount::count)
            .reversed()
            .thenComparing(c -> keyOf.apply(c.term())));
    return List.copyOf(terms);
  }

  /** Every value of a field with its count (at least 1), optionally those with a prefix. */
  private List<FacetField.Count> facet(String field, String prefix) {
    ModifiableSolrParams params = params("*:*", 0);
    params.set("facet", true);
    params.set("facet.field", field);
    params.set("facet.limit", -1);
    params.set("facet.mincount", 1);
    if (prefix != null) {
      params.set("facet.prefix", prefix);
    }
    return query(params, "the values of " + field)
        .map(r -> r.getFacetField(field))
        .map(FacetField::getValues)
        .orElse(List.of());
  }

  private static ModifiableSolrParams params(String query, int rows) {
    ModifiableSolrParams params = new ModifiableSolrParams();
    params.set("q", query);
    params.set("rows", rows);
    return params;
  }

  private Optional<QueryResponse> query(ModifiableSolrParams params, String what) {
    return collection.query(params, what);
  }
}
