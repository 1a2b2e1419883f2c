package dev.redazione.solr;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Severity;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.search.LuceneSearchFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.CursorMarkParams;

/**
 * Brings a collection in step with an archive, in batches: an article whose document would be the
 * same as the collection's (same content hash) is not written again, a document whose article is
 * gone is deleted, except when its file is kept (a file that failed to load keeps its last good
 * version). An article with an error is never written: its file keeps the document it had, and a
 * new file with an error is not indexed until it is fixed (the rule of the server's snapshot, so
 * that a broken file never replaces or removes its last good version). Same-story groups ("Sulla
 * stessa notizia") are computed over the whole archive by the in-memory backend and stored on each
 * document, so both backends group alike. Commits once at the end. Thread-safe: it keeps no state
 * between runs.
 */
public final class SolrIndexer {

  /** Documents sent per request. */
  static final int BATCH = 500;

  private static final int PAGE = 1_000;

  private final SolrCollectionClient collection;

  /** An indexer writing into this collection. */
  public SolrIndexer(SolrCollectionClient collection) {
    this.collection = Objects.requireNonNull(collection, "collection");
  }

  /**
   * What one run did.
   *
   * @param written documents added or replaced
   * @param unchanged articles whose document was already in the collection
   * @param deleted documents removed because their article is gone
   * @param kept documents left for files that failed to load or have errors
   * @param keptPaths the paths of the files whose documents were left, sorted
   * @param heldBackPaths the paths of articles with errors that have no document to keep, sorted
   */
  public record Report(
      int written,
      int unchanged,
      int deleted,
      int kept,
      List<String> keptPaths,
      List<String> heldBackPaths) {

    /** Copies the lists. */
    public Report {
      keptPaths = List.copyOf(keptPaths);
      heldBackPaths = List.copyOf(heldBackPaths);
    }
  }

  /**
   * Indexes the archive.
   *
   * @param keptPaths content paths (relative, {@code /} separators) of files, or folders, that
   *     failed to load this time: the documents of those files, or of files under those folders,
   *     stay
   * @param progress told the number of articles handled so far, after each batch
   */
  public Report index(Archive archive, Set<String> keptPaths, IntConsumer progress)
      throws IOException, SolrServerException {
    Map<String, Existing> existing = existing();
    Set<String> withErrors = new TreeSet<>();
    List<Article> clean = new ArrayList<>(archive.size());
    for (Article article : archive.articles()) {
      if (hasErrors(article)) {
        withErrors.add(article.report().source().path());
      } else {
        clean.add(article);
      }
    }
    Archive indexed = withErrors.isEmpty() ? archive : Archive.of(clean);
    ArticleSearch groups = LuceneSearchFactory.create().index(indexed);
    List<SolrInputDocument> batch = new ArrayList<>(BATCH);
    int written = 0;
    int unchanged = 0;
    int handled = withErrors.size();
    for (Article article : indexed.articles()) {
      SolrInputDocument document =
          ArticleFields.document(article, groups.sameStoryWithReasons(article), indexed);
      Existing known = existing.remove(article.slug().value());
      handled++;
      if (known != null
          && known.hash().equals(document.getFieldValue(ArticleFields.CONTENT_HASH))) {
        unchanged++;
      } else {
        batch.add(document);
        written++;
      }
      if (batch.size() == BATCH) {
        collection.add(batch);
        batch.clear();
        progress.accept(handled);
      }
    }
    if (!batch.isEmpty()) {
      collection.add(batch);
    }
    progress.accept(handled);
    Set<String> keptFiles = new HashSet<>(keptPaths);
    keptFiles.addAll(withErrors);
    List<String> gone = new ArrayList<>();
    int kept = 0;
    Set<String> keptDocumentPaths = new TreeSet<>();
    for (Map.Entry<String, Existing> left : existing.entrySet()) {
      if (isKept(left.getValue().path(), keptFiles)) {
        kept++;
        keptDocumentPaths.add(left.getValue().path());
      } else {
        gone.add(left.getKey());
      }
    }
    for (int from = 0; from < gone.size(); from += BATCH) {
      collection.delete(gone.subList(from, Math.min(gone.size(), from + BATCH)));
    }
    collection.commit();
    withErrors.removeAll(keptDocumentPaths);
    return new Report(
        written,
        unchanged,
        gone.size(),
        kept,
        List.copyOf(keptDocumentPaths),
        List.copyOf(withErrors));
  }

  private static boolean hasErrors(Article article) {
    return article.report().diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** Whether the file is one of the kept paths or lies in a kept folder. */
  static boolean isKept(String path, Set<String> keptPaths) {
    for (String kept : keptPaths) {
      if (path.equals(kept) || path.startsWith(kept.endsWith("/") ? kept : kept + "/")) {
        return true;
      }
    }
    return false;
  }

  private record Existing(String hash, String path) {}

  /** Every document of the collection by id, read page by page with a cursor. */
  private Map<String, Existing> existing() throws IOException, SolrServerException {
    Map<String, Existing> existing = new HashMap<>();
    SolrQuery query =
        new SolrQuery("*:*")
            .setFields(ArticleFields.ID, ArticleFields.CONTENT_HASH, ArticleFields.SOURCE_PATH)
            .setRows(PAGE)
            .setSort(ArticleFields.ID, SolrQuery.ORDER.asc);
    String cursor = CursorMarkParams.CURSOR_MARK_START;
    while (true) {
      query.set(CursorMarkParams.CURSOR_MARK_PARAM, cursor);
      QueryResponse response = collection.client().query(collection.location().collection(), query);
      for (SolrDocument doc : response.getResults()) {
        existing.put(
            (String) doc.getFieldValue(ArticleFields.ID),
            new Existing(
                String.valueOf(doc.getFieldValue(ArticleFields.CONTENT_HASH)),
                String.valueOf(doc.getFieldValue(ArticleFields.SOURCE_PATH))));
      }
      String next = response.getNextCursorMark();
      if (next == null || next.equals(cursor)) {
        return existing;
      }
      cursor = next;
    }
  }
}
