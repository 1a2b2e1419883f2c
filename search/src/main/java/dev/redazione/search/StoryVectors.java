package dev.redazione.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * ascend in each vector. Immutable and thread-safe once built.
 */
final class StoryVectors {

  private static final String[] FIELDS = {ArticleFields.TITLE, ArticleFields.BODY};

  private final String[] vocabulary;
  private final int[] documentFrequency;
  private final int[][] terms;
  private final float[][] weights;

  private StoryVectors(
      String[] vocabulary, int[] documentFrequency, int[][] terms, float[][] weights) {
    this.vocabulary = vocabulary;
    this.documentFrequency = documentFrequency;
    this.terms = terms;
    this.weights = weights;
  }

  /** The vectors of every article of this index. */
  static StoryVectors of(ArticleIndex index) {
    int articles = index.size();
    Map<BytesRef, Integer> ids = new HashMap<>();
    List<String> vocabulary = new ArrayList<>();
    Pairs[] counts = new Pairs[articles];
    try {
      for (LeafReaderContext leaf : index.reader().leaves()) {
        Bits live = leaf.reader().getLiveDocs();
        for (String field : FIELDS) {
          Terms fieldTerms = leaf.reader().terms(field);
          if (fieldTerms == null) {
            continue;
          }
          TermsEnum termsEnum = fieldTerms.iterator();
          PostingsEnum postings = null;
          for (BytesRef term = termsEnum.next(); term != null; term = termsEnum.next()) {
            Integer id = ids.get(term);
            if (id == null) {
              id = vocabulary.size();
              ids.put(BytesRef.deepCopyOf(term), id);
              vocabulary.add(term.utf8ToString());
            }
            postings = termsEnum.postings(postings, PostingsEnum.FREQS);
            for (int doc = postings.nextDoc();
                doc != DocIdSetIterator.NO_MORE_DOCS;
                doc = postings.nextDoc()) {
              if (live == null || live.get(doc)) {
                int position = index.position(leaf.docBase + doc);
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
    int[] documentFrequency = new int[vocabulary.size()];
    int[][] terms = new int[articles][];
    int[][] frequencies = new int[articles][];
    for (int position = 0; position < articles; position++) {
      Pairs pairs = counts[position] == null ? new Pairs() : counts[position];
      counts[position] = null;
      pairs.merge();
      terms[position] = pairs.ids();
      frequencies[position] = pairs.values();
      for (int id : terms[position]) {
        documentFrequency[id]++;
      }
    }
    double documents = Math.max(1, index.reader().numDocs());
    float[][] weights = new float[articles][];
    for (int position = 0; position < articles; position++) {
      weights[position] =
          unit(terms[position], frequencies[position], documentFrequency, documents);
    }
    return new StoryVectors(vocabulary.toArray(String[]::new), documentFrequency, terms, weights);
  }

  private static float[] unit(int[] terms, int[] frequencies, int[] df, double documents) {
    double[] raw = new double[terms.length];
    double norm = 0;
    for (int i = 0; i < terms.length; i++) {
      raw[i] = (1 + Math.log(frequencies[i])) * Math.log(1 + documents / df[terms[i]]);
      norm += raw[i] * raw[i];
    }
    float[] unit = new float[terms.length];
    double length = Math.sqrt(norm);
    for (int i = 0; i < terms.length && length > 0; i++) {
      unit[i] = (float) (raw[i] / length);
    }
    return unit;
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
    return vocabulary[id];
  }

  /** The number of distinct terms in the vocabulary. */
  int vocabularySize() {
    return vocabulary.length;
  }

  /** The number of articles whose story has this term. */
  int documentFrequency(int id) {
    return documentFrequency[id];
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

  /** The indexes into {@link #terms} of an article's heaviest terms, heaviest first. */
  int[] strongest(int position, int count) {
    float[] w = weights[position];
    long[] keys = new long[w.length];
    for (int i = 0; i < w.length; i++) {
      keys[i] = ScoredKeys.key(w[i], i);
    }
    long[] heaviest = ScoredKeys.best(keys, count);
    int[] indexes = new int[heaviest.length];
    for (int i = 0; i < heaviest.length; i++) {
      indexes[i] = ScoredKeys.value(heaviest[i]);
    }
    return indexes;
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
