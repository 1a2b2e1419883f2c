package dev.redazione.search;

import dev.redazione.core.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.Bits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small in-memory Lucene index of some articles of an archive, one of the buckets an {@link
 * ArticleIndex} is made of. Written once by one thread and never changed, so it has no deleted
 * documents other than those Lucene refused: its term statistics are exactly those of its articles,
 * and a snapshot whose articles in this bucket did not change shares it with the previous one.
 * Immutable and thread-safe; it holds only heap memory, so it needs no closing.
 */
final class IndexBucket {

  private static final Logger LOG = LoggerFactory.getLogger(IndexBucket.class);

  /** In {@link #localByDoc}, a document Lucene refused. */
  static final int NOT_INDEXED = -1;

  private final List<Article> articles;
  private final DirectoryReader reader;
  private final int[] localByDoc;

  private IndexBucket(List<Article> articles, DirectoryReader reader) throws IOException {
    this.articles = articles;
    this.reader = reader;
    this.localByDoc = new int[reader.maxDoc()];
    Arrays.fill(localByDoc, NOT_INDEXED);
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(ArticleFields.LOCAL);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values == null ? NumericDocValues.NO_MORE_DOCS : values.nextDoc();
          doc != NumericDocValues.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        if (live == null || live.get(doc)) {
          localByDoc[leaf.docBase + doc] = (int) values.longValue();
        }
      }
    }
  }

  /**
   * Indexes these articles, in this order, on the calling thread.
   *
   * @param documents makes the document of an article and its index in {@code articles}
   */
  static IndexBucket of(
      List<Article> articles, Analyzer analyzer, BiFunction<Article, Integer, Document> documents) {
    ByteBuffersDirectory directory = new ByteBuffersDirectory();
    IndexWriterConfig config =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setUseCompoundFile(false)
            .setCommitOnClose(true);
    try {
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int local = 0; local < articles.size(); local++) {
          add(writer, documents, articles.get(local), local);
        }
      }
      return new IndexBucket(List.copyOf(articles), DirectoryReader.open(directory));
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
      int local) {
    try {
      writer.addDocument(documents.apply(article, local));
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

  /**
   * Whether this bucket indexes these articles, in this order, each as {@code alike} tells of one
   * of its articles and the article in its place.
   */
  boolean holds(List<Article> others, BiPredicate<Article, Article> alike) {
    if (others.size() != articles.size()) {
      return false;
    }
    for (int i = 0; i < articles.size(); i++) {
      if (!alike.test(articles.get(i), others.get(i))) {
        return false;
      }
    }
    return true;
  }

  DirectoryReader reader() {
    return reader;
  }

  /** The number of document ids, refused documents included. */
  int maxDoc() {
    return reader.maxDoc();
  }

  /** The article of a document id of this bucket, or null for a document Lucene refused. */
  Article article(int doc) {
    int local = localByDoc[doc];
    return local == NOT_INDEXED ? null : articles.get(local);
  }
}
