package org.smartpick.engine.advise.portfolio;

import java.util.Arrays;

/**
 * Upper bound on the fractional knapsack {@code max sum g_j x_j, sum c_j x_j <= B, 0 <= x <= 1}
 * through its Lagrangian dual {@code D(lambda) = lambda B + sum_j max(0, g_j - lambda c_j)}:
 * every {@code lambda >= 0} gives a valid bound and the minimum, reached at a ratio
 * {@code g_j / c_j}, equals the fractional optimum. With unit costs and an integer budget h it is
 * the sum of the h largest gains. O(n log n); uses a caller-supplied scratch array. Stateless.
 */
final class DualBound {

  private DualBound() {}

  /** The fractional-knapsack optimum of the gains (at least 0, gains must be >= 0). */
  static double of(double[] gain, int[] cost, long budget, double[] scratch) {
    int m = 0;
    long positiveCost = 0;
    double positiveGain = 0;
    for (int j = 0; j < gain.length; j++) {
      if (gain[j] > 0) {
        scratch[m++] = gain[j] / cost[j];
        positiveCost += cost[j];
        positiveGain += gain[j];
      }
    }
    if (positiveCost <= budget) {
      return positiveGain;
    }
    Arrays.sort(scratch, 0, m);
    int low = 0;
    int high = m - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (costAbove(gain, cost, scratch[mid]) <= budget) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return dual(gain, cost, budget, scratch[low]);
  }

  // Total cost of the programs whose ratio exceeds lambda (B minus the dual's slope). The ratio
  // is computed exactly as in the sorted array so that a breakpoint never counts itself.
  private static long costAbove(double[] gain, int[] cost, double lambda) {
    long total = 0;
    for (int j = 0; j < gain.length; j++) {
      if (gain[j] / cost[j] > lambda) {
        total += cost[j];
      }
    }
    return total;
  }

  private static double dual(double[] gain, int[] cost, long budget, double lambda) {
    double value = lambda * budget;
    for (int j = 0; j < gain.length; j++) {
      value += Math.max(0, gain[j] - lambda * cost[j]);
    }
    return value;
  }
}
