package dev.redazione.search;

import dev.redazione.core.Archive;
import dev.redazione.core.Article;
import dev.redazione.core.Page;
import dev.redazione.core.Tag;
import dev.redazione.core.TermCount;
import dev.redazione.core.search.SearchHit;
import dev.redazione.core.search.SearchQuery;
import dev.redazione.core.search.SearchResults;
import dev.redazione.core.search.UserQuery;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Answers {@link SearchQuery searches} over an {@link ArticleIndex}: relevance first, newer article
 * on equal relevance; facet counts; highlights; a spelling suggestion when nothing matched.
 * Immutable and thread-safe.
 */
final class ArticleSearcher {

  private final Archive archive;
  private final ArticleIndex index;
  private final LuceneQueryBuilder queries;
  private final HitHighlighter highlighter;
  private final SpellingSuggester suggester;
  private final Sort relevanceThenRecency;

  ArticleSearcher(Archive archive, ArticleIndex index) {
    this.archive = archive;
    this.index = index;
    this.queries = new LuceneQueryBuilder(index.analyzer());
    this.highlighter = new HitHighlighter(index.analyzer());
    this.suggester = new SpellingSuggester(index);
    this.relevanceThenRecency = new Sort(SortField.FIELD_SCORE, NewerFirst.of(index));
  }

  SearchResults search(SearchQuery query) {
    UserQuery typed = UserQuery.parse(query.text());
    Optional<Query> text = queries.build(typed);
    if (text.isEmpty()) {
      return SearchResults.empty(query);
    }
    try {
      int wanted = (int) Math.min((long) query.page() * query.pageSize(), maxHits());
      CollectorManager<?, FacetCounter.Counts> facets =
          FacetCounter.manager(query.tags(), query.years());
      TopFieldCollectorManager top =
          new TopFieldCollectorManager(relevanceThenRecency, wanted, wanted);
      FacetCounter.Counts counts;
      TopFieldDocs topDocs;
      if (query.tags().isEmpty() && query.years().isEmpty()) {
        Object[] both = index.searcher().search(text.get(), new MultiCollectorManager(top, facets));
        topDocs = (TopFieldDocs) both[0];
        counts = (FacetCounter.Counts) both[1];
      } else {
        counts = index.searcher().search(text.get(), facets);
        topDocs = index.searcher().search(filtered(text.get(), query), top);
      }
      Page<SearchHit> page = page(query, text.get(), topDocs, counts.hits());
      String suggestion = counts.hits() == 0 ? suggester.suggest(typed).orElse(null) : null;
      return new SearchResults(
          query, page, tagCounts(counts.tagCounts()), yearCounts(counts.yearCounts()), suggestion);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot search the in-memory index for `" + query.text() + "`", e);
    }
  }

  private int maxHits() {
    return Math.max(1, index.reader().maxDoc());
  }

  /**
   * The hits of the page asked for, highlighted. Without filters, the hits and the counts come from
   * one pass over the matching articles; with filters, the counts need the unfiltered matches and
   * the hits the filtered ones.
   */
  private Page<SearchHit> page(SearchQuery query, Query text, TopFieldDocs top, int total) {
    long from = (long) (query.page() - 1) * query.pageSize();
    QueryTerms terms = QueryTerms.of(text);
    List<SearchHit> hits = new ArrayList<>();
    for (long i = from; i < top.scoreDocs.length; i++) {
      ScoreDoc hit = top.scoreDocs[(int) i];
      Article article = index.article(hit.doc);
      hits.add(
          new SearchHit(
              article,
              hit.score,
              highlighter.title(article, terms),
              highlighter.passage(article, index.bodyText(article), terms)));
    }
    return new Page<>(hits, query.page(), query.pageSize(), total);
  }

  private static Query filtered(Query text, SearchQuery query) {
    if (query.tags().isEmpty() && query.years().isEmpty()) {
      return text;
    }
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(text, Occur.MUST);
    for (String tag : query.tags()) {
      filtered.add(new TermQuery(new Term(ArticleFields.TAG_KEY, tag)), Occur.FILTER);
    }
    if (!query.years().isEmpty()) {
      BooleanQuery.Builder years = new BooleanQuery.Builder();
      for (int year : query.years()) {
        years.add(
            new TermQuery(new Term(ArticleFields.YEAR, Integer.toString(year))), Occur.SHOULD);
      }
      filtered.add(years.build(), Occur.FILTER);
    }
    return filtered.build();
  }

  private List<TermCount<Tag>> tagCounts(Map<String, Integer> counts) {
    List<TermCount<Tag>> tags = new ArrayList<>();
    counts.forEach(
        (key, count) ->
            archive.findTag(key).ifPresent(tag -> tags.add(new TermCount<>(tag, count))));
    tags.sort(
        Comparator.<TermCount<Tag>>comparingInt(TermCount::count)
            .reversed()
            .thenComparing(c -> c.term().key()));
    return tags;
  }

  private static List<TermCount<Integer>> yearCounts(Map<Integer, Integer> counts) {
    List<TermCount<Integer>> years = new ArrayList<>();
    counts.forEach((year, count) -> years.add(new TermCount<>(year, count)));
    years.sort(Comparator.comparing((TermCount<Integer> c) -> c.term()).reversed());
    return years;
  }
}
