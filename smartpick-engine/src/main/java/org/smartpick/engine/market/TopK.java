package org.smartpick.engine.market;

import java.util.Arrays;

/**
 * Indices of the k largest keys, largest first, ties to the lower index. Keys are packed with
 * their index into sortable longs (float precision for the key), so selection is one primitive
 * sort: O(n log n). Stateless; thread-safe.
 */
final class TopK {
  private TopK() {
  }

  /** The indices (plus {@code offset}) of the k largest keys, in decreasing key order. */
  static int[] indices(double[] keys, int k, int offset) {
    int n = keys.length;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      packed[i] = ((long) sortable((float) -keys[i]) << 32) | i;
    }
    Arrays.sort(packed);
    int[] result = new int[Math.min(k, n)];
    for (int r = 0; r < result.length; r++) {
      result[r] = (int) packed[r] + offset;
    }
    return result;
  }

  /** An int whose signed order is the float's numeric order (NaN sorts last). */
  static int sortable(float value) {
    int bits = Float.floatToIntBits(value);
    return bits ^ ((bits >> 31) & 0x7fffffff);
  }
}
