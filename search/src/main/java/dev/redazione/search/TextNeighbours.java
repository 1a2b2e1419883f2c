package dev.redazione.search;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * For every article of an archive, the articles whose {@link StoryVectors story vectors} are most
 * similar to its own, found for the whole archive at once.
 *
 * <p>Each term keeps a posting list of at most {@value #POSTINGS} articles, those in which it
 * weighs most; an article looks for candidates through the postings of its {@value #QUERY_TERMS}
 * heaviest terms, adding up the products of the weights, then compares its {@value #CANDIDATES}
 * best candidates exactly (the cosine) and keeps the {@value #KEPT} most similar. The work per
 * article is bounded, so the whole archive costs time linear in its size: a term in every article
 * costs only its bounded list. Ties go to the newer article. Immutable and thread-safe.
 */
final class TextNeighbours {

  static final int QUERY_TERMS = 25;
  static final int POSTINGS = 256;
  static final int CANDIDATES = 40;
  static final int KEPT = 16;

  /** Articles per parallel task, each with its own score accumulator. */
  private static final int CHUNK = 256;

  private final int[][] neighbours;
  private final float[][] similarities;

  private TextNeighbours(int[][] neighbours, float[][] similarities) {
    this.neighbours = neighbours;
    this.similarities = similarities;
  }

  /** The neighbours of every article of these vectors, computed on every core. */
  static TextNeighbours of(StoryVectors vectors) {
    Postings postings = Postings.of(vectors);
    int size = vectors.size();
    int[][] neighbours = new int[size][];
    float[][] similarities = new float[size][];
    IntStream.range(0, (size + CHUNK - 1) / CHUNK)
        .parallel()
        .forEach(
            chunk -> {
              float[] scores = new float[size];
              int[] touched = new int[size];
              for (int p = chunk * CHUNK; p < Math.min(size, (chunk + 1) * CHUNK); p++) {
                long[] found = nearest(vectors, postings, p, scores, touched);
                neighbours[p] = new int[found.length];
                similarities[p] = new float[found.length];
                for (int i = 0; i < found.length; i++) {
                  neighbours[p][i] = ScoredKeys.value(found[i]);
                  similarities[p][i] = ScoredKeys.score(found[i]);
                }
              }
            });
    return new TextNeighbours(neighbours, similarities);
  }

  /** The positions of the most similar articles, most similar first. Not to be modified. */
  int[] of(int position) {
    return neighbours[position];
  }

  /** The similarities of {@link #of}, in its order. Not to be modified. */
  float[] similarities(int position) {
    return similarities[position];
  }

  /** The most similar articles as {@link ScoredKeys}, most similar first. */
  private static long[] nearest(
      StoryVectors vectors, Postings postings, int position, float[] scores, int[] touched) {
    int[] terms = vectors.terms(position);
    float[] weights = vectors.weights(position);
    int count = 0;
    for (int index : vectors.strongest(position, QUERY_TERMS)) {
      int term = terms[index];
      for (int i = postings.start(term); i < postings.end(term); i++) {
        int other = postings.position(i);
        if (other == position) {
          continue;
        }
        if (scores[other] == 0) {
          touched[count++] = other;
        }
        // Never 0 once touched, so that each candidate is listed once.
        scores[other] += Math.max(Float.MIN_VALUE, weights[index] * postings.weight(i));
      }
    }
    long[] candidates = new long[count];
    for (int i = 0; i < count; i++) {
      candidates[i] = ScoredKeys.key(scores[touched[i]], touched[i]);
      scores[touched[i]] = 0;
    }
    long[] best = ScoredKeys.best(candidates, CANDIDATES);
    for (int i = 0; i < best.length; i++) {
      int other = ScoredKeys.value(best[i]);
      best[i] = ScoredKeys.key((float) vectors.cosine(position, other), other);
    }
    Arrays.sort(best);
    return Arrays.copyOf(best, Math.min(KEPT, best.length));
  }

  /** Per term, the articles in which it weighs most, with its weight there. */
  private record Postings(int[] offsets, int[] positions, float[] weights) {

    static Postings of(StoryVectors vectors) {
      int terms = vectors.vocabularySize();
      int[] offsets = new int[terms + 1];
      for (int term = 0; term < terms; term++) {
        offsets[term + 1] = offsets[term] + vectors.documentFrequency(term);
      }
      long[] entries = new long[offsets[terms]];
      int[] fill = Arrays.copyOf(offsets, terms);
      for (int p = 0; p < vectors.size(); p++) {
        int[] ids = vectors.terms(p);
        float[] w = vectors.weights(p);
        for (int i = 0; i < ids.length; i++) {
          entries[fill[ids[i]]++] = ScoredKeys.key(w[i], p);
        }
      }
      int[] kept = new int[terms + 1];
      for (int term = 0; term < terms; term++) {
        kept[term + 1] = kept[term] + Math.min(POSTINGS, offsets[term + 1] - offsets[term]);
      }
      int[] positions = new int[kept[terms]];
      float[] weights = new float[kept[terms]];
      for (int term = 0; term < terms; term++) {
        long[] all = Arrays.copyOfRange(entries, offsets[term], offsets[term + 1]);
        long[] heaviest = ScoredKeys.best(all, POSTINGS);
        for (int i = 0; i < heaviest.length; i++) {
          positions[kept[term] + i] = ScoredKeys.value(heaviest[i]);
          weights[kept[term] + i] = ScoredKeys.score(heaviest[i]);
        }
      }
      return new Postings(kept, positions, weights);
    }

    int start(int term) {
      return offsets[term];
    }

    int end(int term) {
      return offsets[term + 1];
    }

    int position(int i) {
      return positions[i];
    }

    float weight(int i) {
      return weights[i];
    }
  }
}
