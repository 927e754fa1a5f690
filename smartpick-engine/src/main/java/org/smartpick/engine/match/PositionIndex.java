package org.smartpick.engine.match;

import java.util.Arrays;

/**
 * Answers many "where is {@code target} on {@code owner}'s list" questions at once: queries are
 * grouped by owner with a counting sort, each owner's list is spread into a scratch array once,
 * and every query of that owner is then one array read. Running time
 * O(queries + owners + total length of the lists queried); no hashing.
 */
final class PositionIndex {

  private PositionIndex() {
  }

  /**
   * For each query {@code q}, the first index of {@code target[q]} on {@code lists[owner[q]]},
   * or {@code -1} when it is absent or {@code owner[q]} is negative. Negative list entries (the
   * "no match" marker) are ignored.
   *
   * @param targetCount targets are {@code 0..targetCount-1}
   */
  static int[] firstPositions(int[][] lists, int targetCount, int[] owner, int[] target) {
    int queries = owner.length;
    int[] start = new int[lists.length + 1];
    for (int q = 0; q < queries; q++) {
      if (owner[q] >= 0) {
        start[owner[q] + 1]++;
      }
    }
    for (int o = 0; o < lists.length; o++) {
      start[o + 1] += start[o];
    }
    int[] next = Arrays.copyOf(start, lists.length);
    int[] byOwner = new int[start[lists.length]];
    for (int q = 0; q < queries; q++) {
      if (owner[q] >= 0) {
        byOwner[next[owner[q]]++] = q;
      }
    }
    int[] scratch = new int[targetCount];
    Arrays.fill(scratch, -1);
    int[] result = new int[queries];
    Arrays.fill(result, -1);
    for (int o = 0; o < lists.length; o++) {
      if (start[o] == start[o + 1]) {
        continue;
      }
      int[] list = lists[o];
      for (int i = list.length - 1; i >= 0; i--) {
        if (list[i] >= 0) {
          scratch[list[i]] = i;
        }
      }
      for (int j = start[o]; j < start[o + 1]; j++) {
        int q = byOwner[j];
        result[q] = scratch[target[q]];
      }
      for (int t : list) {
        if (t >= 0) {
          scratch[t] = -1;
        }
      }
    }
    return result;
  }
}
