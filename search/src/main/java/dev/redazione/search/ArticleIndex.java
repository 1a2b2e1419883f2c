package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Slug;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory Lucene index of one archive snapshot, with the mapping between Lucene document ids
 * and archive positions (newest first). An article that cannot be indexed is logged and left out of
 * search; the others are indexed. Built once; immutable and thread-safe afterwards. It holds only
 * heap memory, so it needs no closing: dropping the last reference frees it.
 */
final class ArticleIndex {

  private static final Logger LOG = LoggerFactory.getLogger(ArticleIndex.class);
  private static final double RAM_BUFFER_MB = 256;

  /** In {@link #docByPosition}, an article left out of the index. */
  private static final int NOT_INDEXED = -1;

  private final List<Article> articles;
  private final Function<Article, String> bodyText;
  private final Map<Slug, Integer> positionBySlug;
  private final Analyzer analyzer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int[] docByPosition;
  private final int[] positionByDoc;

  private ArticleIndex(
      Archive archive,
      Function<Article, String> bodyText,
      Analyzer analyzer,
      DirectoryReader reader)
      throws IOException {
    this.articles = archive.articles();
    this.bodyText = bodyText;
    this.analyzer = analyzer;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    Map<Slug, Integer> positions = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      positions.put(articles.get(i).slug(), i);
    }
    this.positionBySlug = Map.copyOf(positions);
    this.docByPosition = new int[articles.size()];
    Arrays.fill(docByPosition, NOT_INDEXED);
    this.positionByDoc = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(ArticleFields.POSITION);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values == null ? NumericDocValues.NO_MORE_DOCS : values.nextDoc();
          doc != NumericDocValues.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live != null && !live.get(doc)) {
          continue;
        }
        int position = (int) values.longValue();
        docByPosition[position] = leaf.docBase + doc;
        positionByDoc[leaf.docBase + doc] = position;
      }
    }
  }

  /**
   * Indexes every article of the archive, each body as {@code bodyText} gives it, using both cores
   * for large archives.
   */
  static ArticleIndex build(Archive archive, Function<Article, String> bodyText) {
    return build(
        archive,
        bodyText,
        (article, position) -> ArticleFields.document(article, bodyText.apply(article), position));
  }

  /**
   * Indexes every article of the archive as the documents {@code documents} makes, each body as its
   * plain text.
   */
  static ArticleIndex build(Archive archive, BiFunction<Article, Integer, Document> documents) {
    return build(archive, article -> article.body().text(), documents);
  }

  private static ArticleIndex build(
      Archive archive,
      Function<Article, String> bodyText,
      BiFunction<Article, Integer, Document> documents) {
    Analyzer analyzer = ArticleFields.analyzer();
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(RAM_BUFFER_MB)
            .setUseCompoundFile(false)
            .setCommitOnClose(true);
    List<Article> articles = archive.articles();
    try {
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        IntStream.range(0, articles.size())
            .parallel()
            .forEach(position -> add(writer, documents, articles.get(position), position));
      }
      return new ArticleIndex(archive, bodyText, analyzer, DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory search index", e);
    }
  }

  /**
   * Indexes one article. A failure that concerns only this document (Lucene refuses it, say for a
   * term longer than it allows) leaves it out of search and is logged; a failure of the index
   * itself stops the build.
   */
  private static void add(
      IndexWriter writer,
      BiFunction<Article, Integer, Document> documents,
      Article article,
      int position) {
    try {
      writer.addDocument(documents.apply(article, position));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index " + article, e);
    } catch (RuntimeException e) {
      if (writer.getTragicException() != null) {
        throw e;
      }
      LOG.warn(
          "{} ({}) cannot be indexed and is left out of search: {}",
          article.slug(),
          article.report().source().path(),
          e.toString());
    }
  }

  Analyzer analyzer() {
    return analyzer;
  }

  DirectoryReader reader() {
    return reader;
  }

  IndexSearcher searcher() {
    return searcher;
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

  /** The archive position of a Lucene document id: smaller is newer. */
  int position(int doc) {
    return positionByDoc[doc];
  }

  /** The Lucene document id of an article of this archive, if it is one. */
  Optional<Integer> doc(Article article) {
    Integer position = positionBySlug.get(article.slug());
    return position == null
            || docByPosition[position] == NOT_INDEXED
            || !articles.get(position).equals(article)
        ? Optional.empty()
        : Optional.of(docByPosition[position]);
  }
}
