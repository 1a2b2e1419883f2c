package dev.redazione.search;

import java.util.Arrays;

/**
 * A non-negative score and an int (an archive position, an index) packed into one {@code long}
 * whose ascending order is descending score, then ascending int: sorting such keys ranks without
 * boxing, and ties go to the smaller int, the newer article for a position. Stateless.
 */
final class ScoredKeys {

  private ScoredKeys() {}

  /** The key of a score and an int. */
  static long key(float score, int value) {
    return ((long) ~Float.floatToIntBits(score) << 32) | value;
  }

  /** The score of a key. */
  static float score(long key) {
    return Float.intBitsToFloat(~(int) (key >>> 32));
  }

  /** The int of a key. */
  static int value(long key) {
    return (int) key;
  }

  /** The {@code count} smallest keys, best first. */
  static long[] best(long[] keys, int count) {
    long[] best = keys.length <= count ? keys.clone() : smallest(keys, count);
    Arrays.sort(best);
    return best;
  }

  /** The {@code count} smallest of more keys, in no order, through a max-heap. */
  private static long[] smallest(long[] keys, int count) {
    long[] heap = Arrays.copyOf(keys, count);
    for (int i = count / 2 - 1; i >= 0; i--) {
      siftDown(heap, i);
    }
    for (int i = count; i < keys.length; i++) {
      if (keys[i] < heap[0]) {
        heap[0] = keys[i];
        siftDown(heap, 0);
      }
    }
    return heap;
  }

  private static void siftDown(long[] heap, int index) {
    int i = index;
    while (true) {
      int largest = i;
      int left = 2 * i + 1;
      int right = left + 1;
      if (left < heap.length && heap[left] > heap[largest]) {
        largest = left;
      }
      if (right < heap.length && heap[right] > heap[largest]) {
        largest = right;
      }
      if (largest == i) {
        return;
      }
      long swap = heap[i];
      heap[i] = heap[largest];
      heap[largest] = swap;
      i = largest;
    }
  }
}
