package dev.redazione.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per term id, every article whose story vector has the term, as {@link ScoredKeys} of its weight
 * there and its archive position: heaviest first, then newer first. {@link TextNeighbours} reads
 * only the first {@value TextNeighbours#POSTINGS} of each; the others are kept so that an update
 * can tell who moves up when an article leaves. Immutable and thread-safe; an updated instance
 * shares the lists of untouched terms with the one it was updated from when no article moved.
 */
final class TermPostings {

  private static final long[] NONE = new long[0];

  private final long[][] lists;

  private TermPostings(long[][] lists) {
    this.lists = lists;
  }

  /** The postings of every term of these vectors. */
  static TermPostings of(StoryVectors vectors) {
    int terms = vectors.vocabularySize();
    int[] counts = new int[terms];
    for (int p = 0; p < vectors.size(); p++) {
      for (int id : vectors.terms(p)) {
        counts[id]++;
      }
    }
    long[][] lists = new long[terms][];
    for (int term = 0; term < terms; term++) {
      lists[term] = counts[term] == 0 ? NONE : new long[counts[term]];
    }
    int[] fill = new int[terms];
    for (int p = 0; p < vectors.size(); p++) {
      int[] ids = vectors.terms(p);
      float[] w = vectors.weights(p);
      for (int i = 0; i < ids.length; i++) {
        lists[ids[i]][fill[ids[i]]++] = ScoredKeys.key(w[i], p);
      }
    }
    for (long[] list : lists) {
      Arrays.sort(list);
    }
    return new TermPostings(lists);
  }

  /**
   * The postings of {@code vectors}, updated from these (made for the previous archive): the
   * entries of articles that changed leave, those of their new versions come in, the others are
   * renumbered, and every list stays in order.
   *
   * @param oldOf per new position, the position of the same article before, or -1 if it changed
   * @param newOf per old position, the position of the same article now, or -1 if it changed
   * @param touched receives the ids of the terms of articles that changed
   */
  TermPostings update(
      StoryVectors previousVectors,
      StoryVectors vectors,
      int[] oldOf,
      int[] newOf,
      BitSet touched) {
    for (int old = 0; old < newOf.length; old++) {
      if (newOf[old] < 0) {
        Arrays.stream(previousVectors.terms(old)).forEach(touched::set);
      }
    }
    Map<Integer, List<Long>> arriving = new HashMap<>();
    for (int p = 0; p < oldOf.length; p++) {
      if (oldOf[p] < 0) {
        int[] ids = vectors.terms(p);
        float[] w = vectors.weights(p);
        for (int i = 0; i < ids.length; i++) {
          touched.set(ids[i]);
          arriving.computeIfAbsent(ids[i], k -> new ArrayList<>()).add(ScoredKeys.key(w[i], p));
        }
      }
    }
    boolean stayed = stayed(oldOf, newOf);
    long[][] next = new long[vectors.vocabularySize()][];
    for (int term = 0; term < next.length; term++) {
      long[] before = term < lists.length ? lists[term] : NONE;
      if (!touched.get(term)) {
        next[term] = stayed ? before : renumbered(before, newOf);
      } else {
        long[] in =
            arriving.getOrDefault(term, List.of()).stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(in);
        next[term] = merged(renumbered(before, newOf), in);
      }
    }
    return new TermPostings(next);
  }

  /** Whether every unchanged article kept its position. */
  private static boolean stayed(int[] oldOf, int[] newOf) {
    if (oldOf.length != newOf.length) {
      return false;
    }
    for (int old = 0; old < newOf.length; old++) {
      if (newOf[old] >= 0 && newOf[old] != old) {
        return false;
      }
    }
    return true;
  }

  /**
   * The entries of unchanged articles, renumbered; renumbering keeps the order of unchanged
   * articles, so the list stays sorted.
   */
  private static long[] renumbered(long[] list, int[] newOf) {
    long[] kept = new long[list.length];
    int size = 0;
    for (long key : list) {
      int now = newOf[ScoredKeys.value(key)];
      if (now >= 0) {
        kept[size++] = ScoredKeys.key(ScoredKeys.score(key), now);
      }
    }
    return size == list.length ? kept : Arrays.copyOf(kept, size);
  }

  private static long[] merged(long[] one, long[] other) {
    long[] merged = new long[one.length + other.length];
    int i = 0;
    int j = 0;
    int k = 0;
    while (i < one.length && j < other.length) {
      merged[k++] = one[i] <= other[j] ? one[i++] : other[j++];
    }
    while (i < one.length) {
      merged[k++] = one[i++];
    }
    while (j < other.length) {
      merged[k++] = other[j++];
    }
    return merged;
  }

  /**
   * The entries of a term that {@link TextNeighbours} reads, heaviest first. Not to be modified.
   */
  long[] of(int term) {
    return term < lists.length ? lists[term] : NONE;
  }

  /** The number of entries of a term that {@link TextNeighbours} reads. */
  int read(int term) {
    return Math.min(TextNeighbours.POSTINGS, of(term).length);
  }

  /**
   * Whether the entries of a term that {@link TextNeighbours} reads are those of {@code before},
   * with positions renumbered by {@code newOf} (-1 for an article that changed, which never
   * matches).
   */
  boolean readsAsBefore(TermPostings before, int term, int[] newOf) {
    int length = read(term);
    if (before.read(term) != length) {
      return false;
    }
    long[] mine = of(term);
    long[] theirs = before.of(term);
    for (int i = 0; i < length; i++) {
      if (newOf[ScoredKeys.value(theirs[i])] != ScoredKeys.value(mine[i])
          || ScoredKeys.score(theirs[i]) != ScoredKeys.score(mine[i])) {
        return false;
      }
    }
    return true;
  }
}
