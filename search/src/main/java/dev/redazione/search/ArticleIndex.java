package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Slug;
import dev.redazione.core.search.ArticleSearchFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The in-memory Lucene index of one archive snapshot, with the mapping between Lucene document ids
 * and archive positions (newest first). An article that cannot be indexed is logged and left out of
 * search; the others are indexed. Immutable and thread-safe. It holds only heap memory, so it needs
 * no closing: dropping the last reference frees it.
 *
 * <p>The articles are spread by slug over √N/2 to √N {@link IndexBucket buckets}, each a small
 * index of its own, read together as one. The index of a changed archive ({@link #update}) builds
 * again only the buckets whose articles changed, or the body text they are indexed with, and shares
 * the others. No bucket ever deletes a document, so the term statistics that ranking uses are those
 * of the archive's articles, whatever the history of updates: a search gives what it gives on an
 * index built from scratch.
 */
final class ArticleIndex {

  /** In {@link #docByPosition}, an article left out of the index. */
  private static final int NOT_INDEXED = -1;

  private final List<Article> articles;
  private final Function<Article, String> bodyText;
  private final Map<Slug, Integer> positionBySlug;
  private final Analyzer analyzer;
  private final IndexBucket[] buckets;
  private final IndexReader reader;
  private final IndexSearcher searcher;
  private final int[] docByPosition;
  private final int[] positionByDoc;
  private final boolean[] rebuilt;

  private ArticleIndex(
      Archive archive,
      Function<Article, String> bodyText,
      Analyzer analyzer,
      IndexBucket[] buckets,
      boolean[] rebuilt) {
    this.articles = archive.articles();
    this.bodyText = bodyText;
    this.analyzer = analyzer;
    this.buckets = buckets;
    this.rebuilt = rebuilt;
    try {
      this.reader =
          new MultiReader(
              Arrays.stream(buckets).map(IndexBucket::reader).toArray(IndexReader[]::new), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the in-memory search index", e);
    }
    this.searcher = new IndexSearcher(reader);
    Map<Slug, Integer> positions = new HashMap<>(articles.size() * 2);
    for (int i = 0; i < articles.size(); i++) {
      positions.put(articles.get(i).slug(), i);
    }
    this.positionBySlug = positions;
    this.docByPosition = new int[articles.size()];
    Arrays.fill(docByPosition, NOT_INDEXED);
    this.positionByDoc = new int[reader.maxDoc()];
    int base = 0;
    for (IndexBucket bucket : buckets) {
      for (int doc = 0; doc < bucket.maxDoc(); doc++) {
        Article article = bucket.article(doc);
        int position = article == null ? NOT_INDEXED : positions.get(article.slug());
        positionByDoc[base + doc] = position;
        if (position != NOT_INDEXED) {
          docByPosition[position] = base + doc;
        }
      }
      base += bucket.maxDoc();
    }
  }

  /**
   * Indexes every article of the archive, each body as {@code bodyText} gives it, using every core
   * for large archives.
   */
  static ArticleIndex build(Archive archive, Function<Article, String> bodyText) {
    return build(archive, bodyText, documents(bodyText));
  }

  /**
   * Indexes every article of the archive as the documents {@code documents} makes from an article
   * and its index in its bucket, each body as its plain text.
   */
  static ArticleIndex build(Archive archive, BiFunction<Article, Integer, Document> documents) {
    return build(archive, ArticleSearchFactory::plainText, documents);
  }

  private static ArticleIndex build(
      Archive archive,
      Function<Article, String> bodyText,
      BiFunction<Article, Integer, Document> documents) {
    Analyzer analyzer = ArticleFields.analyzer();
    List<List<Article>> split = split(archive);
    IndexBucket[] buckets =
        IntStream.range(0, split.size())
            .parallel()
            .mapToObj(b -> IndexBucket.of(split.get(b), analyzer, documents))
            .toArray(IndexBucket[]::new);
    boolean[] rebuilt = new boolean[buckets.length];
    Arrays.fill(rebuilt, true);
    return new ArticleIndex(archive, bodyText, analyzer, buckets, rebuilt);
  }

  /**
   * The index of another archive, each body as {@code bodyText} gives it, sharing the buckets of
   * this one whose articles are indexed alike ({@link #indexesAlike}) and building the others on
   * the calling thread; the whole index again when the archive's size calls for another number of
   * buckets.
   */
  ArticleIndex update(Archive archive, Function<Article, String> bodyText) {
    List<List<Article>> split = split(archive);
    if (split.size() != buckets.length) {
      return build(archive, bodyText);
    }
    BiFunction<Article, Integer, Document> documents = documents(bodyText);
    IndexBucket[] next = new IndexBucket[buckets.length];
    boolean[] changed = new boolean[buckets.length];
    for (int b = 0; b < buckets.length; b++) {
      changed[b] =
          !buckets[b].holds(split.get(b), (mine, theirs) -> indexesAlike(mine, theirs, bodyText));
      next[b] = changed[b] ? IndexBucket.of(split.get(b), analyzer, documents) : buckets[b];
    }
    return new ArticleIndex(archive, bodyText, analyzer, next, changed);
  }

  /** The documents of articles whose bodies are as {@code bodyText} gives them. */
  private static BiFunction<Article, Integer, Document> documents(
      Function<Article, String> bodyText) {
    return (article, local) -> ArticleFields.document(article, bodyText.apply(article), local);
  }

  /** The archive's articles by bucket, each in archive order. */
  private static List<List<Article>> split(Archive archive) {
    int count = bucketCount(archive.size());
    List<List<Article>> split = new ArrayList<>(count);
    for (int b = 0; b < count; b++) {
      split.add(new ArrayList<>());
    }
    for (Article article : archive.articles()) {
      split.get(Math.floorMod(article.slug().value().hashCode(), count)).add(article);
    }
    return split;
  }

  /**
   * The number of buckets for an archive of this size: the power of two nearest below its square
   * root, so that a change rebuilds about √N articles and a query visits at most √N small indexes
   * (each costs a query a little: see {@code docs/SEARCH.md}).
   */
  static int bucketCount(int articles) {
    return Integer.highestOneBit(Math.max(1, (int) Math.sqrt(articles)));
  }

  /** The number of buckets. */
  int bucketCount() {
    return buckets.length;
  }

  Analyzer analyzer() {
    return analyzer;
  }

  IndexReader reader() {
    return reader;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /**
   * The index of the first document id of each bucket in {@link #reader()} that {@link #update}
   * built anew (every bucket for an index built from scratch), with the bucket's end: pairs {@code
   * [start, end)}.
   */
  List<int[]> rebuiltDocRanges() {
    List<int[]> ranges = new ArrayList<>();
    int base = 0;
    for (int b = 0; b < buckets.length; b++) {
      if (rebuilt[b]) {
        ranges.add(new int[] {base, base + buckets[b].maxDoc()});
      }
      base += buckets[b].maxDoc();
    }
    return ranges;
  }

  /** The number of articles of the archive, indexed or not. */
  int size() {
    return articles.size();
  }

  /** The article at this archive position. */
  Article articleAt(int position) {
    return articles.get(position);
  }

  /** The body text of an article as it was indexed: the text its page shows. */
  String bodyText(Article article) {
    return bodyText.apply(article);
  }

  /**
   * The story text of the article at this archive position: see {@link ArticleFields#storyText}.
   */
  String storyText(int position) {
    Article article = articles.get(position);
    return ArticleFields.storyText(article, bodyText.apply(article));
  }

  /**
   * Whether {@code article}, with the body text {@code bodyText} gives, is indexed as the article
   * {@code indexed} of this index: the same article with the same body text. What an update shares
   * with the index it is made from.
   */
  boolean indexesAlike(Article indexed, Article article, Function<Article, String> bodyText) {
    return (indexed == article || indexed.equals(article))
        && this.bodyText.apply(indexed).equals(bodyText.apply(article));
  }

  /** The archive position of an article of the archive with this slug, if there is one. */
  Optional<Integer> positionOf(Slug slug) {
    return Optional.ofNullable(positionBySlug.get(slug));
  }

  /** Whether the article at this archive position is in the index. */
  boolean isIndexed(int position) {
    return docByPosition[position] != NOT_INDEXED;
  }

  /** The archive position of an indexed article of this archive, if it is one. */
  Optional<Integer> position(Article article) {
    return doc(article).map(this::position);
  }

  /** The article of a Lucene document id. */
  Article article(int doc) {
    return articles.get(positionByDoc[doc]);
  }

  /**
   * The archive position of a Lucene document id: smaller is newer; -1 for a document Lucene
   * refused.
   */
  int position(int doc) {
    return positionByDoc[doc];
  }

  /** The Lucene document id of an article of this archive, if it is one. */
  Optional<Integer> doc(Article article) {
    Integer position = positionBySlug.get(article.slug());
    return position == null
            || docByPosition[position] == NOT_INDEXED
            || (articles.get(position) != article && !articles.get(position).equals(article))
        ? Optional.empty()
        : Optional.of(docByPosition[position]);
  }
}
