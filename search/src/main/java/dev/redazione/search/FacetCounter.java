package dev.redazione.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * Counts, over every article matching the text of a query, the hits and the tag and year facets,
 * drill-sideways in one pass: a hit passes both filters; a tag is counted for articles that pass
 * the year filter, a year for articles that pass the tag filter. For one search only; not
 * thread-safe: {@link #manager} gives one counter per index slice and adds their counts up.
 */
final class FacetCounter extends SimpleCollector {

  private final Set<String> requiredTags;
  private final Set<Integer> allowedYears;
  private final Map<String, Integer> tagCounts = new HashMap<>();
  private final Map<Integer, Integer> yearCounts = new HashMap<>();
  private int hits;

  private SortedSetDocValues tags;
  private NumericDocValues years;
  private long[] requiredOrds;
  private int[] leafTagCounts;

  /**
   * A counter for a query with these filters.
   *
   * @param requiredTags tag keys every hit must have; empty for no tag filter
   * @param allowedYears years a hit must be dated in; empty for no year filter
   */
  private FacetCounter(Set<String> requiredTags, Set<Integer> allowedYears) {
    this.requiredTags = Set.copyOf(requiredTags);
    this.allowedYears = Set.copyOf(allowedYears);
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flushLeaf();
    tags = DocValues.getSortedSet(context.reader(), ArticleFields.TAG_KEY);
    years = DocValues.getNumeric(context.reader(), ArticleFields.YEAR);
    requiredOrds = new long[requiredTags.size()];
    int i = 0;
    for (String key : requiredTags) {
      requiredOrds[i++] = tags.lookupTerm(new BytesRef(key));
    }
    leafTagCounts = new int[(int) tags.getValueCount()];
  }

  @Override
  public void collect(int doc) throws IOException {
    int year = years.advanceExact(doc) ? (int) years.longValue() : 0;
    boolean yearPasses = allowedYears.isEmpty() || allowedYears.contains(year);
    long[] ords = tags.advanceExact(doc) ? readOrds() : new long[0];
    boolean tagsPass = hasAllRequired(ords);
    if (yearPasses) {
      for (long ord : ords) {
        leafTagCounts[(int) ord]++;
      }
    }
    if (tagsPass && year > 0) {
      yearCounts.merge(year, 1, Integer::sum);
    }
    if (yearPasses && tagsPass) {
      hits++;
    }
  }

  private long[] readOrds() throws IOException {
    long[] ords = new long[tags.docValueCount()];
    for (int i = 0; i < ords.length; i++) {
      ords[i] = tags.nextOrd();
    }
    return ords;
  }

  private boolean hasAllRequired(long[] ords) {
    for (long required : requiredOrds) {
      if (required < 0 || Arrays.binarySearch(ords, required) < 0) {
        return false;
      }
    }
    return true;
  }

  private void flushLeaf() throws IOException {
    if (leafTagCounts == null) {
      return;
    }
    for (int ord = 0; ord < leafTagCounts.length; ord++) {
      if (leafTagCounts[ord] > 0) {
        tagCounts.merge(tags.lookupOrd(ord).utf8ToString(), leafTagCounts[ord], Integer::sum);
      }
    }
    leafTagCounts = null;
  }

  /** A collector manager for a search with these filters, whose result is the summed counts. */
  static CollectorManager<FacetCounter, Counts> manager(
      Set<String> requiredTags, Set<Integer> allowedYears) {
    return new CollectorManager<>() {
      @Override
      public FacetCounter newCollector() {
        return new FacetCounter(requiredTags, allowedYears);
      }

      @Override
      public Counts reduce(Collection<FacetCounter> counters) throws IOException {
        int hits = 0;
        Map<String, Integer> tags = new HashMap<>();
        Map<Integer, Integer> years = new HashMap<>();
        for (FacetCounter counter : counters) {
          counter.flushLeaf();
          hits += counter.hits;
          counter.tagCounts.forEach((tag, count) -> tags.merge(tag, count, Integer::sum));
          counter.yearCounts.forEach((year, count) -> years.merge(year, count, Integer::sum));
        }
        return new Counts(hits, tags, years);
      }
    };
  }

  /**
   * The counts of one search.
   *
   * @param hits matching articles that pass both filters
   * @param tagCounts article count by tag key
   * @param yearCounts article count by year, undated articles left out
   */
  record Counts(int hits, Map<String, Integer> tagCounts, Map<Integer, Integer> yearCounts) {
    Counts {
      tagCounts = Map.copyOf(tagCounts);
      yearCounts = Map.copyOf(yearCounts);
    }
  }
}
