package org.smartpick.engine.advise.portfolio;

/**
 * A binary max-heap of program indices ordered by a key (largest first, lower index on ties),
 * whose top key can be lowered in place: what lazy greedy needs, with no allocation after
 * construction. Not thread-safe.
 */
final class IndexedMaxHeap {
  private final int[] heap;
  private final double[] key;
  private int size;

  /** A heap of the given programs with their keys ({@code key} is indexed by program). */
  IndexedMaxHeap(int[] programs, double[] key) {
    this.heap = programs.clone();
    this.key = key;
    this.size = programs.length;
    for (int i = size / 2 - 1; i >= 0; i--) {
      siftDown(i);
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The program with the largest key. */
  int top() {
    return heap[0];
  }

  void removeTop() {
    heap[0] = heap[--size];
    siftDown(0);
  }

  /** Lowers (or keeps) the top program's key and restores the heap order. */
  void setTopKey(double newKey) {
    key[heap[0]] = newKey;
    siftDown(0);
  }

  private void siftDown(int i) {
    while (true) {
      int left = 2 * i + 1;
      if (left >= size) {
        return;
      }
      int child = left + 1 < size && before(heap[left + 1], heap[left]) ? left + 1 : left;
      if (!before(heap[child], heap[i])) {
        return;
      }
      int swap = heap[i];
      heap[i] = heap[child];
      heap[child] = swap;
      i = child;
    }
  }

  private boolean before(int a, int b) {
    return key[a] > key[b] || (key[a] == key[b] && a < b);
  }
}
