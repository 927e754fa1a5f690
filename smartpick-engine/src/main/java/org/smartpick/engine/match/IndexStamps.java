package org.smartpick.engine.match;

import java.util.Arrays;

/**
 * Finds repeated indices within one list at a time in O(list length), reusing one stamp array
 * across lists: a list over n indices costs nothing proportional to n (a fresh {@code boolean[n]}
 * per list cost ≈ 600 MiB of allocation per national market, one per program and applicant
 * list). Not thread-safe: one instance per builder.
 */
final class IndexStamps {
  private int[] stamp = new int[0];
  private int generation;

  /** Starts a new list whose indices lie in [0, size). */
  void begin(int size) {
    if (stamp.length < size) {
      stamp = Arrays.copyOf(stamp, Math.max(size, 2 * stamp.length));
    }
    if (++generation == Integer.MAX_VALUE) {
      Arrays.fill(stamp, 0);
      generation = 1;
    }
  }

  /** Marks the index; false if it was already marked since the last {@link #begin}. */
  boolean firstTime(int index) {
    if (stamp[index] == generation) {
      return false;
    }
    stamp[index] = generation;
    return true;
  }
}
