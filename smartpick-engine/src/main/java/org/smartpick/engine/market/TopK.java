package org.smartpick.engine.market;

import java.util.Arrays;

/**
 * Indices of the k largest keys, largest first, ties to the lower index. Keys are packed with
 * their index into sortable longs (float precision for the key); the k smallest packed values are
 * kept in a bounded max-heap and sorted at the end: O(n log k), with no boxing. Stateless;
 * thread-safe.
 */
final class TopK {
  private TopK() {
  }

  /** The indices (plus {@code offset}) of the k largest keys, in decreasing key order. */
  static int[] indices(double[] keys, int k, int offset) {
    return indices(keys, keys.length, k, offset);
  }

  /** As {@link #indices(double[], int, int)} over the first n keys only. */
  static int[] indices(double[] keys, int n, int k, int offset) {
    long[] heap = smallestPacked(keys, n, k);
    Arrays.sort(heap);
    int[] result = new int[heap.length];
    for (int r = 0; r < heap.length; r++) {
      result[r] = (int) heap[r] + offset;
    }
    return result;
  }

  /** The same indices as {@link #indices(double[], int, int, int)}, in no particular order. */
  static int[] unordered(double[] keys, int n, int k) {
    long[] heap = smallestPacked(keys, n, k);
    int[] result = new int[heap.length];
    for (int r = 0; r < heap.length; r++) {
      result[r] = (int) heap[r];
    }
    return result;
  }

  // The k smallest (key descending, index) packs of the first n keys, as a max-heap.
  private static long[] smallestPacked(double[] keys, int n, int k) {
    int size = Math.max(0, Math.min(k, n));
    long[] heap = new long[size];
    for (int i = 0; i < n && size > 0; i++) {
      long packed = ((long) sortable((float) -keys[i]) << 32) | i;
      if (i < size) {
        siftUp(heap, i, packed);
      } else if (packed < heap[0]) {
        siftDown(heap, size, packed);
      }
    }
    return heap;
  }

  // Adds a value at position {@code at} of a max-heap of at elements.
  private static void siftUp(long[] heap, int at, long value) {
    int child = at;
    while (child > 0) {
      int parent = (child - 1) >>> 1;
      if (heap[parent] >= value) {
        break;
      }
      heap[child] = heap[parent];
      child = parent;
    }
    heap[child] = value;
  }

  // Replaces the largest value of a full max-heap by a smaller one.
  private static void siftDown(long[] heap, int size, long value) {
    int parent = 0;
    while (true) {
      int child = 2 * parent + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] > heap[child]) {
        child++;
      }
      if (heap[child] <= value) {
        break;
      }
      heap[parent] = heap[child];
      parent = child;
    }
    heap[parent] = value;
  }

  /** An int whose signed order is the float's numeric order (NaN sorts last). */
  static int sortable(float value) {
    int bits = Float.floatToIntBits(value);
    return bits ^ ((bits >> 31) & 0x7fffffff);
  }
}
