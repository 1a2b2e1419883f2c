package dev.redazione.solr;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.search.ArticleSearch;
import dev.redazione.core.search.ArticleSearchFactory;
import java.util.Objects;
import java.util.function.Function;

/**
 * The search backend over a SolrCloud collection that {@code redazione index} keeps in step with
 * the content folder: {@link #index} indexes nothing, it answers for the archive from the
 * collection, whose bodies the indexer wrote (so the {@code bodyText} a site hands in does not
 * change them). Search pages ask the cluster; when it cannot answer they raise {@link
 * dev.redazione.core.search.SearchUnavailableException}. Thread-safe; one client serves every
 * snapshot.
 *
 * <pre>{@code
 * SolrCollectionClient client = SolrCollectionClient.connect(SolrLocation.parse("zk:2181/solr", "redazione"));
 * ArticleSearch search = new SolrSearchFactory(client).index(archive);
 * }</pre>
 */
public final class SolrSearchFactory implements ArticleSearchFactory {

  private final SolrCollectionClient client;

  /** The factory answering from this collection. */
  public SolrSearchFactory(SolrCollectionClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public ArticleSearch index(Archive archive, Function<Article, String> bodyText) {
    return new SolrArticleSearch(archive, client);
  }
}
