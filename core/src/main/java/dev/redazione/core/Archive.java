package dev.redazione.core;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable snapshot of the articles of a site, with the lookups a site needs: by slug, tag,
 * category, author, year and month; counts for each; previous and next article. It is the in-memory
 * implementation of {@link ArchiveQueries}.
 *
 * <p>Articles are kept newest first; undated articles come last, in title order. Slugs are unique:
 * when two articles claim the same slug, the one whose source path sorts first keeps it and the
 * others get a numeric suffix ({@code -2}, {@code -3}, …) and a {@code DUPLICATE_SLUG} warning.
 * Aliases are unique too: see {@link AliasClaims}. Instances are immutable and thread-safe; all
 * indexes are built once, on construction.
 */
public final class Archive implements ArchiveQueries {

  /** Newest first, undated last; ties by title, then slug, so the order is deterministic. */
  public static final Comparator<Article> NEWEST_FIRST =
      Comparator.comparing(
              (Article a) -> a.date().orElse(null), Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(Article::title)
          .thenComparing(Article::slug);

  private static final Archive EMPTY = new Archive(List.of());

  private final List<Article> articles;
  private final Map<Slug, Integer> positionBySlug;
  private final Map<String, Slug> slugByAlias;
  private final TermIndex<Tag> tags;
  private final TermIndex<Category> categories;
  private final TermIndex<Author> authors;
  private final Map<Integer, List<Article>> byYear;
  private final Map<YearMonth, List<Article>> byMonth;
  private final List<Article> undated;

  private Archive(List<Article> newestFirst) {
    this.articles = List.copyOf(newestFirst);
    Map<Slug, Integer> positions = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      positions.put(articles.get(i).slug(), i);
    }
    this.positionBySlug = Map.copyOf(positions);
    Map<String, Slug> aliases = new HashMap<>();
    for (Article article : articles) {
      article.aliases().forEach(alias -> aliases.put(alias.path(), article.slug()));
    }
    this.slugByAlias = Map.copyOf(aliases);
    this.tags = new TermIndex<>(articles, Article::tags, Tag::key, Tag::name, (a, b) -> 0);
    this.categories =
        new TermIndex<>(articles, Article::categories, Category::key, Category::name, (a, b) -> 0);
    this.authors =
        new TermIndex<>(
            articles,
            Article::authors,
            Author::key,
            Author::name,
            Comparator.comparing((Author a) -> a.bio().isEmpty()));
    Map<Integer, List<Article>> years = new LinkedHashMap<>();
    Map<YearMonth, List<Article>> months = new LinkedHashMap<>();
    List<Article> withoutDate = new ArrayList<>();
    for (Article article : articles) {
      article
          .date()
          .ifPresentOrElse(
              date -> {
                years.computeIfAbsent(date.year(), y -> new ArrayList<>()).add(article);
                date.yearMonth()
                    .ifPresent(m -> months.computeIfAbsent(m, k -> new ArrayList<>()).add(article));
              },
              () -> withoutDate.add(article));
    }
    this.byYear = freeze(years);
    this.byMonth = freeze(months);
    this.undated = List.copyOf(withoutDate);
  }

  private static <K> Map<K, List<Article>> freeze(Map<K, List<Article>> map) {
    Map<K, List<Article>> frozen = new LinkedHashMap<>();
    map.forEach((key, list) -> frozen.put(key, List.copyOf(list)));
    return java.util.Collections.unmodifiableMap(frozen);
  }

  /** The archive with no articles. */
  public static Archive empty() {
    return EMPTY;
  }

  /**
   * Builds an archive, making slugs unique (see the class description).
   *
   * @param articles the articles, in any order
   */
  public static Archive of(Collection<Article> articles) {
    List<Article> bySource = new ArrayList<>(articles);
    bySource.sort(
        Comparator.comparing((Article a) -> a.report().source().path())
            .thenComparing(Article::slug));
    SlugClaims claims =
        new SlugClaims(
            bySource.stream().map(Article::slug).toList(),
            "already used by another article",
            "this one is published as");
    List<Article> unique = new ArrayList<>(bySource.size());
    for (Article article : bySource) {
      unique.add(claims.claim(article));
    }
    AliasClaims aliases = new AliasClaims(unique);
    unique.replaceAll(aliases::claim);
    unique.sort(NEWEST_FIRST);
    return new Archive(unique);
  }

  /** All articles, newest first, undated last. */
  public List<Article> articles() {
    return articles;
  }

  /** The number of articles. */
  @Override
  public int size() {
    return articles.size();
  }

  /** One page of all articles, newest first. */
  public Page<Article> page(int number, int size) {
    return Page.of(articles, number, size);
  }

  @Override
  public Page<Article> page(Listing listing, int number, int size) {
    return Page.of(articles(listing), number, size);
  }

  private List<Article> articles(Listing listing) {
    Objects.requireNonNull(listing, "listing");
    if (listing instanceof Listing.Tagged tagged) {
      return byTag(tagged.key());
    }
    if (listing instanceof Listing.InCategory category) {
      return byCategory(category.key());
    }
    if (listing instanceof Listing.ByAuthor author) {
      return byAuthor(author.key());
    }
    if (listing instanceof Listing.InYear year) {
      return byYear(year.year());
    }
    if (listing instanceof Listing.InMonth month) {
      return byMonth(month.month());
    }
    return listing instanceof Listing.Undated ? undated : articles;
  }

  /** The article with this slug, if any. */
  public Optional<Article> findBySlug(Slug slug) {
    Integer position = positionBySlug.get(slug);
    return position == null ? Optional.empty() : Optional.of(articles.get(position));
  }

  /** The article with this slug text, if any; text that is not a canonical slug finds nothing. */
  @Override
  public Optional<Article> findBySlug(String slug) {
    try {
      return findBySlug(new Slug(slug));
    } catch (IllegalArgumentException | NullPointerException notASlug) {
      return Optional.empty();
    }
  }

  /**
   * The article with this slug.
   *
   * @throws NoSuchElementException naming the slug, when there is none
   */
  public Article getBySlug(String slug) {
    return findBySlug(slug)
        .orElseThrow(() -> new NoSuchElementException("no article with slug `" + slug + "`"));
  }

  /**
   * The slug of the article an alias path redirects to, such as {@code /2024/05/vecchio.html}; the
   * path as {@link Alias} holds it (no trailing slash).
   */
  public Optional<Slug> findByAlias(String path) {
    return Optional.ofNullable(slugByAlias.get(path));
  }

  /** Every alias path with the slug of the article it redirects to (unmodifiable). */
  public Map<String, Slug> aliases() {
    return slugByAlias;
  }

  /** The articles with the tag of this key, newest first; empty for an unknown key. */
  public List<Article> byTag(String key) {
    return tags.articles(key);
  }

  /** The tag of this key in its most common spelling, if any article has it. */
  @Override
  public Optional<Tag> findTag(String key) {
    return tags.term(key);
  }

  /** Every tag with its article count, most used first, then by key. */
  @Override
  public List<TermCount<Tag>> tags() {
    return tags.counts();
  }

  /** The articles in the category of this key, newest first. */
  public List<Article> byCategory(String key) {
    return categories.articles(key);
  }

  /** The category of this key in its most common spelling, if any article has it. */
  @Override
  public Optional<Category> findCategory(String key) {
    return categories.term(key);
  }

  /** Every category with its article count, most used first. */
  @Override
  public List<TermCount<Category>> categories() {
    return categories.counts();
  }

  /** The articles by the author of this key, newest first. */
  public List<Article> byAuthor(String key) {
    return authors.articles(key);
  }

  /** The author of this key (preferring a spelling that carries a bio), if any article has it. */
  @Override
  public Optional<Author> findAuthor(String key) {
    return authors.term(key);
  }

  /** Every author with an article count, most prolific first. */
  @Override
  public List<TermCount<Author>> authors() {
    return authors.counts();
  }

  /** The articles dated in this year (at any precision), newest first. */
  public List<Article> byYear(int year) {
    return byYear.getOrDefault(year, List.of());
  }

  /** The articles dated in this month (month precision or finer), newest first. */
  public List<Article> byMonth(YearMonth month) {
    return byMonth.getOrDefault(month, List.of());
  }

  /** The articles without a known date, in title order. */
  public List<Article> undated() {
    return undated;
  }

  /** Every year with dated articles and their count, newest year first. */
  @Override
  public List<TermCount<Integer>> years() {
    List<TermCount<Integer>> counts = new ArrayList<>();
    byYear.forEach((year, list) -> counts.add(new TermCount<>(year, list.size())));
    return List.copyOf(counts);
  }

  /** Every month of a year with articles dated to the month or finer, newest month first. */
  @Override
  public List<TermCount<YearMonth>> months(int year) {
    List<TermCount<YearMonth>> counts = new ArrayList<>();
    byMonth.forEach(
        (month, list) -> {
          if (month.getYear() == year) {
            counts.add(new TermCount<>(month, list.size()));
          }
        });
    return List.copyOf(counts);
  }

  /**
   * The article published just before this one (older), if any; undated articles come after all
   * dated ones.
   */
  @Override
  public Optional<Article> previous(Article article) {
    return neighbour(article, 1);
  }

  /** The article published just after this one (newer), if any. */
  @Override
  public Optional<Article> next(Article article) {
    return neighbour(article, -1);
  }

  private Optional<Article> neighbour(Article article, int step) {
    Integer position = positionBySlug.get(article.slug());
    if (position == null) {
      throw new NoSuchElementException("article `" + article.slug() + "` is not in this archive");
    }
    int index = position + step;
    return index < 0 || index >= articles.size()
        ? Optional.empty()
        : Optional.of(articles.get(index));
  }

  /** Every diagnostic of every article, sorted by path and line. */
  public List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>();
    articles.forEach(a -> all.addAll(a.report().diagnostics()));
    all.sort(Comparator.naturalOrder());
    return List.copyOf(all);
  }
}
