package dev.redazione.search;

import java.util.Arrays;
import java.util.BitSet;
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
 * costs only its bounded list. Ties go to the newer article.
 *
 * <p>{@link #update} gives the neighbours of a changed archive whose unchanged articles kept their
 * vectors ({@link StoryVectors#update}): it builds the postings again, and looks for the neighbours
 * only of the changed articles and of the articles one of whose query terms has postings that
 * changed; every other article finds what it found before, since its query reads the same postings
 * and its candidates keep their vectors and their order. So the result is what {@link #of} gives
 * for the same vectors. Immutable and thread-safe.
 */
final class TextNeighbours {

  static final int QUERY_TERMS = 25;
  static final int POSTINGS = 256;
  static final int CANDIDATES = 40;
  static final int KEPT = 16;

  /** Articles per parallel task, each with its own score accumulator. */
  private static final int CHUNK = 256;

  private final TermPostings postings;
  private final int[][] neighbours;
  private final float[][] similarities;
  private final BitSet changed;

  private TextNeighbours(
      TermPostings postings, int[][] neighbours, float[][] similarities, BitSet changed) {
    this.postings = postings;
    this.neighbours = neighbours;
    this.similarities = similarities;
    this.changed = changed;
  }

  /** The neighbours of every article of these vectors, computed on every core. */
  static TextNeighbours of(StoryVectors vectors) {
    TermPostings postings = TermPostings.of(vectors);
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
    BitSet changed = new BitSet(size);
    changed.set(0, size);
    return new TextNeighbours(postings, neighbours, similarities, changed);
  }

  /**
   * The neighbours of the articles of {@code vectors}, reusing those of {@code previous} (found for
   * {@code previousVectors}) where they cannot have changed.
   *
   * @param oldOf per new position, the position of the same article before, or -1 if it changed
   * @param newOf per old position, the position of the same article now, or -1 if it changed
   */
  static TextNeighbours update(
      TextNeighbours previous,
      StoryVectors previousVectors,
      StoryVectors vectors,
      int[] oldOf,
      int[] newOf) {
    BitSet touched = new BitSet();
    TermPostings postings =
        previous.postings.update(previousVectors, vectors, oldOf, newOf, touched);
    BitSet moved = new BitSet();
    touched.stream()
        .filter(term -> !postings.readsAsBefore(previous.postings, term, newOf))
        .forEach(moved::set);
    int size = vectors.size();
    int[][] neighbours = new int[size][];
    float[][] similarities = new float[size][];
    BitSet changed = new BitSet(size);
    float[] scores = new float[size];
    int[] seen = new int[size];
    for (int position = 0; position < size; position++) {
      int old = oldOf[position];
      if (old >= 0 && !readsMoved(vectors, position, moved)) {
        int[] before = previous.neighbours[old];
        int[] now = new int[before.length];
        for (int i = 0; i < before.length; i++) {
          now[i] = newOf[before[i]];
        }
        neighbours[position] = now;
        similarities[position] = previous.similarities[old];
        continue;
      }
      long[] found = nearest(vectors, postings, position, scores, seen);
      neighbours[position] = new int[found.length];
      similarities[position] = new float[found.length];
      for (int i = 0; i < found.length; i++) {
        neighbours[position][i] = ScoredKeys.value(found[i]);
        similarities[position][i] = ScoredKeys.score(found[i]);
      }
      if (old < 0
          || !sameNeighbours(previous, old, newOf, neighbours[position], similarities[position])) {
        changed.set(position);
      }
    }
    return new TextNeighbours(postings, neighbours, similarities, changed);
  }

  private static boolean readsMoved(StoryVectors vectors, int position, BitSet moved) {
    int[] terms = vectors.terms(position);
    for (int index : vectors.queryTerms(position)) {
      if (moved.get(terms[index])) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameNeighbours(
      TextNeighbours previous, int old, int[] newOf, int[] now, float[] nowSimilarities) {
    int[] before = previous.neighbours[old];
    if (before.length != now.length
        || !Arrays.equals(previous.similarities[old], nowSimilarities)) {
      return false;
    }
    for (int i = 0; i < now.length; i++) {
      if (newOf[before[i]] != now[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the neighbours of this position may differ from those of the same article in the
   * archive this was updated from: it is new or changed, or it found other neighbours. For an
   * archive computed in full, every position.
   */
  boolean changed(int position) {
    return changed.get(position);
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
      StoryVectors vectors, TermPostings postings, int position, float[] scores, int[] touched) {
    int[] terms = vectors.terms(position);
    float[] weights = vectors.weights(position);
    int count = 0;
    for (int index : vectors.queryTerms(position)) {
      int term = terms[index];
      long[] entries = postings.of(term);
      for (int i = 0; i < postings.read(term); i++) {
        int other = ScoredKeys.value(entries[i]);
        if (other == position) {
          continue;
        }
        if (scores[other] == 0) {
          touched[count++] = other;
        }
        // Never 0 once touched, so that each candidate is listed once.
        scores[other] += Math.max(Float.MIN_VALUE, weights[index] * ScoredKeys.score(entries[i]));
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
}
