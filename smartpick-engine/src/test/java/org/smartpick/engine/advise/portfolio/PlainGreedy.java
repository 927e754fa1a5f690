package org.smartpick.engine.advise.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Reference greedy without laziness, on the plain success matrix: re-evaluates every program at
 * every step. Picks the largest gain per unit cost among programs that fit, lowest index on ties,
 * and stops when nothing fits or nothing adds value.
 */
final class PlainGreedy {

  private PlainGreedy() {}

  static List<Integer> run(boolean[][] success, double[] utility, int[] cost, long budget) {
    int n = utility.length;
    double[] best = new double[success.length];
    boolean[] taken = new boolean[n];
    List<Integer> chosen = new ArrayList<>();
    long remaining = budget;
    while (true) {
      int pick = -1;
      double pickRatio = 0;
      for (int j = 0; j < n; j++) {
        if (taken[j] || cost[j] > remaining) {
          continue;
        }
        double ratio = gain(success, utility, best, j) / cost[j];
        if (ratio > pickRatio) {
          pick = j;
          pickRatio = ratio;
        }
      }
      if (pick < 0) {
        return chosen;
      }
      taken[pick] = true;
      remaining -= cost[pick];
      chosen.add(pick);
      for (int k = 0; k < success.length; k++) {
        if (success[k][pick]) {
          best[k] = Math.max(best[k], utility[pick]);
        }
      }
    }
  }

  private static double gain(boolean[][] success, double[] utility, double[] best, int j) {
    double sum = 0;
    for (int k = 0; k < success.length; k++) {
      if (success[k][j] && utility[j] > best[k]) {
        sum += utility[j] - best[k];
      }
    }
    return sum / success.length;
  }
}
