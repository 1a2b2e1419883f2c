package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Slug;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The in-memory Lucene index of one archive snapshot, with the mapping between Lucene document ids
 * and archive positions (newest first). Built once; immutable and thread-safe afterwards. It holds
 * only heap memory, so it needs no closing: dropping the last reference frees it.
 */
final class ArticleIndex {

  private static final double RAM_BUFFER_MB = 256;

  private final List<Article> articles;
  private final Map<Slug, Integer> positionBySlug;
  private final Analyzer analyzer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final int[] docByPosition;
  private final int[] positionByDoc;

  private ArticleIndex(Archive archive, Analyzer analyzer, DirectoryReader reader)
      throws IOException {
    this.articles = archive.articles();
    this.analyzer = analyzer;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    Map<Slug, Integer> positions = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      positions.put(articles.get(i).slug(), i);
    }
    this.positionBySlug = Map.copyOf(positions);
    this.docByPosition = new int[articles.size()];
    this.positionByDoc = new int[reader.maxDoc()];
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = leaf.reader().getNumericDocValues(ArticleFields.POSITION);
      for (int doc = values.nextDoc();
          doc != NumericDocValues.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        int position = (int) values.longValue();
        docByPosition[position] = leaf.docBase + doc;
        positionByDoc[leaf.docBase + doc] = position;
      }
    }
  }

  /** Indexes every article of the archive, using both cores for large archives. */
  static ArticleIndex build(Archive archive) {
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
            .forEach(position -> add(writer, articles.get(position), position));
      }
      return new ArticleIndex(archive, analyzer, DirectoryReader.open(directory));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the in-memory search index", e);
    }
  }

  private static void add(IndexWriter writer, Article article, int position) {
    try {
      writer.addDocument(ArticleFields.document(article, position));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index " + article, e);
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
    return position == null || !articles.get(position).equals(article)
        ? Optional.empty()
        : Optional.of(docByPosition[position]);
  }
}
