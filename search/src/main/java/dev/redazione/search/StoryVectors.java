package dev.redazione.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Every indexed article's story text (title and body, Italian-analysed) as a unit vector of TF-IDF
 * weights, {@code (1 + ln tf) · ln(1 + N / df)}, where {@code df} counts the articles whose story
 * has the term. Read in one pass over the index's postings, so no text is analysed again. Vectors
 * are addressed by archive position; an article left out of the index has an empty vector. Term ids
 * ascend in each vector.
 *
 * <p>A full pass ({@link #of(ArticleIndex)}) takes {@code N} and {@code df} from the archive. An
 * update ({@link #update}) keeps the previous vectors' {@link StoryStatistics} and term ids and
 * reads only the changed articles from the index: it gives exactly what a full pass with those
 * statistics gives ({@link #of(ArticleIndex, StoryVocabulary, StoryStatistics)}). Immutable and
 * thread-safe once built.
 */
final class StoryVectors {

  private static final String[] FIELDS = {ArticleFields.TITLE, ArticleFields.BODY};

  private final StoryVocabulary vocabulary;
  private final StoryStatistics statistics;
  private final int[][] terms;
  private final float[][] weights;
  private final int[][] queryTerms;

  private StoryVectors(
      StoryVocabulary vocabulary,
      StoryStatistics statistics,
      int[][] terms,
      float[][] weights,
      int[][] queryTerms) {
    this.vocabulary = vocabulary;
    this.statistics = statistics;
    this.terms = terms;
    this.weights = weights;
    this.queryTerms = queryTerms;
  }

  /** The vectors of every article of this index, weighed with the index's own statistics. */
  static StoryVectors of(ArticleIndex index) {
    return of(index, new StoryVocabulary(), null);
  }

  /**
   * The vectors of every article of this index, with these term ids, weighed with these statistics
   * or, when they are null, with the index's own.
   */
  static StoryVectors of(
      ArticleIndex index, StoryVocabulary vocabulary, StoryStatistics statistics) {
    int articles = index.size();
    boolean[] wanted = new boolean[articles];
    Arrays.fill(wanted, true);
    Pairs[] counts = read(index, vocabulary, wanted, List.of(new int[] {0, Integer.MAX_VALUE}));
    int[][] terms = new int[articles][];
    int[][] frequencies = new int[articles][];
    for (int position = 0; position < articles; position++) {
      collect(counts, position, terms, frequencies);
    }
    StoryStatistics weighing =
        statistics == null ? statistics(vocabulary, terms, index) : statistics;
    float[][] weights = new float[articles][];
    int[][] queryTerms = new int[articles][];
    for (int position = 0; position < articles; position++) {
      weights[position] = unit(terms[position], frequencies[position], weighing);
      queryTerms[position] = strongest(weights[position], TextNeighbours.QUERY_TERMS);
    }
    return new StoryVectors(vocabulary, weighing, terms, weights, queryTerms);
  }

  /**
   * The vectors of the archive of {@code index}, taking those of unchanged articles from {@code
   * previous} and reading the others from the buckets the index built again.
   *
   * @param oldOf per position of the new archive, the position of the same article in the previous
   *     one, or -1 for an article that is new or changed
   */
  static StoryVectors update(StoryVectors previous, ArticleIndex index, int[] oldOf) {
    int articles = index.size();
    boolean[] wanted = new boolean[articles];
    for (int position = 0; position < articles; position++) {
      wanted[position] = oldOf[position] < 0;
    }
    Pairs[] counts = read(index, previous.vocabulary, wanted, index.rebuiltDocRanges());
    int[][] terms = new int[articles][];
    float[][] weights = new float[articles][];
    int[][] queryTerms = new int[articles][];
    int[][] frequencies = new int[articles][];
    for (int position = 0; position < articles; position++) {
      int old = oldOf[position];
      if (old >= 0) {
        terms[position] = previous.terms[old];
        weights[position] = previous.weights[old];
        queryTerms[position] = previous.queryTerms[old];
      } else {
        collect(counts, position, terms, frequencies);
        weights[position] = unit(terms[position], frequencies[position], previous.statistics);
        queryTerms[position] = strongest(weights[position], TextNeighbours.QUERY_TERMS);
      }
    }
    return new StoryVectors(previous.vocabulary, previous.statistics, terms, weights, queryTerms);
  }

  /**
   * The (term id, count) pairs of the wanted positions, read from the leaves that start in one of
   * the document ranges {@code [start, end)}.
   */
  private static Pairs[] read(
      ArticleIndex index, StoryVocabulary vocabulary, boolean[] wanted, List<int[]> ranges) {
    Pairs[] counts = new Pairs[index.size()];
    try {
      for (LeafReaderContext leaf : index.reader().leaves()) {
        if (ranges.stream().noneMatch(r -> leaf.docBase >= r[0] && leaf.docBase < r[1])) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        for (String field : FIELDS) {
          Terms fieldTerms = leaf.reader().terms(field);
          if (fieldTerms == null) {
            continue;
          }
          TermsEnum termsEnum = fieldTerms.iterator();
          PostingsEnum postings = null;
          for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            int id = -1;
            postings = termsEnum.postings(postings, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = postings.nextDoc()) {
              if (live == null || live.get(doc)) {
                int position = index.position(leaf.docBase + doc);
                if (!wanted[position]) {
                  continue;
                }
                if (id < 0) {
                  id = vocabulary.id(term);
                }
                if (counts[position] == null) {
                  counts[position] = new Pairs();
                }
                counts[position].add(id, postings.freq());
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index's postings", e);
    }
    return counts;
  }

  private static void collect(Pairs[] counts, int position, int[][] terms, int[][] frequencies) {
    Pairs pairs = counts[position] == null ? new Pairs() : counts[position];
    counts[position] = null;
    pairs.merge();
    terms[position] = pairs.ids();
    frequencies[position] = pairs.values();
  }

  private static StoryStatistics statistics(
      StoryVocabulary vocabulary, int[][] terms, ArticleIndex index) {
    int[] documentFrequency = new int[vocabulary.size()];
    for (int[] ids : terms) {
      for (int id : ids) {
        documentFrequency[id]++;
      }
    }
    return new StoryStatistics(Math.max(1, index.reader().numDocs()), documentFrequency);
  }

  private static float[] unit(int[] terms, int[] frequencies, StoryStatistics statistics) {
    double[] raw = new double[terms.length];
    double norm = 0;
    for (int i = 0; i < terms.length; i++) {
      raw[i] = (1 + Math.log(frequencies[i])) * statistics.idf(terms[i]);
      norm += raw[i] * raw[i];
    }
    float[] unit = new float[terms.length];
    double length = Math.sqrt(norm);
    for (int i = 0; i < terms.length && length > 0; i++) {
      unit[i] = (float) (raw[i] / length);
    }
    return unit;
  }

  /** The indexes into a vector of its heaviest terms, heaviest first. */
  private static int[] strongest(float[] weights, int count) {
    long[] keys = new long[weights.length];
    for (int i = 0; i < weights.length; i++) {
      keys[i] = ScoredKeys.key(weights[i], i);
    }
    long[] heaviest = ScoredKeys.best(keys, count);
    int[] indexes = new int[heaviest.length];
    for (int i = 0; i < heaviest.length; i++) {
      indexes[i] = ScoredKeys.value(heaviest[i]);
    }
    return indexes;
  }

  /** The number of archive positions. */
  int size() {
    return terms.length;
  }

  /** The term ids of the article at this position, ascending. Not to be modified. */
  int[] terms(int position) {
    return terms[position];
  }

  /**
   * The weights of the article at this position, in the order of {@link #terms}. Not to be
   * modified.
   */
  float[] weights(int position) {
    return weights[position];
  }

  /** The analysed text of a term id. */
  String term(int id) {
    return vocabulary.term(id);
  }

  /** The number of term ids given so far: every id of these vectors is below it. */
  int vocabularySize() {
    return vocabulary.size();
  }

  /** The term ids of these vectors. */
  StoryVocabulary vocabulary() {
    return vocabulary;
  }

  /** The statistics the weights were computed with. */
  StoryStatistics statistics() {
    return statistics;
  }

  /** The cosine of two articles' vectors: 1 for the same terms in the same proportions. */
  double cosine(int one, int other) {
    int[] a = terms[one];
    int[] b = terms[other];
    float[] wa = weights[one];
    float[] wb = weights[other];
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        dot += wa[i++] * wb[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return dot;
  }

  /**
   * The indexes into {@link #terms} of the article's {@value TextNeighbours#QUERY_TERMS} heaviest
   * terms, heaviest first. Not to be modified.
   */
  int[] queryTerms(int position) {
    return queryTerms[position];
  }

  /** A growable list of (term id, count) pairs. */
  private static final class Pairs {
    private long[] pairs = new long[64];
    private int size;

    void add(int id, int count) {
      if (size == pairs.length) {
        pairs = Arrays.copyOf(pairs, size * 2);
      }
      pairs[size++] = ((long) id << 32) | count;
    }

    /** Sorts by term id and adds up the counts of a term seen in several fields. */
    void merge() {
      Arrays.sort(pairs, 0, size);
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (kept > 0 && pairs[kept - 1] >>> 32 == pairs[i] >>> 32) {
          pairs[kept - 1] += pairs[i] & 0xffffffffL;
        } else {
          pairs[kept++] = pairs[i];
        }
      }
      size = kept;
    }

    int[] ids() {
      int[] ids = new int[size];
      for (int i = 0; i < size; i++) {
        ids[i] = (int) (pairs[i] >>> 32);
      }
      return ids;
    }

    int[] values() {
      int[] values = new int[size];
      for (int i = 0; i < size; i++) {
        values[i] = (int) pairs[i];
      }
      return values;
    }
  }
}
