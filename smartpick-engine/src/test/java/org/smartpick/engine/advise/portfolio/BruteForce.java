package org.smartpick.engine.advise.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Independent checkers: exhaustive search over all subsets, with values computed by formulas that
 * the production code does not use.
 */
final class BruteForce {

  private BruteForce() {}

  /**
   * E[max] of independent programs through the tail sum: with the distinct utilities sorted
   * descending, {@code sum_i (u_i - u_{i+1}) P(some program of utility >= u_i takes the student)}.
   */
  static double independentValue(IndependentChances problem, List<Integer> set) {
    double[][] byUtility = set.stream()
        .map(j -> new double[] {problem.program(j).utility(), problem.program(j).p()})
        .sorted((a, b) -> Double.compare(b[0], a[0]))
        .toArray(double[][]::new);
    double value = 0;
    double noneAtOrAbove = 1;
    for (int i = 0; i < byUtility.length; i++) {
      noneAtOrAbove *= 1 - byUtility[i][1];
      double next = i + 1 < byUtility.length ? byUtility[i + 1][0] : 0;
      value += (byUtility[i][0] - next) * (1 - noneAtOrAbove);
    }
    return value;
  }

  /** E[max] by enumerating every outcome of who takes the student (2^s outcomes). */
  static double independentValueByOutcomes(IndependentChances problem, List<Integer> set) {
    double value = 0;
    for (int outcome = 0; outcome < 1 << set.size(); outcome++) {
      double probability = 1;
      double best = 0;
      for (int i = 0; i < set.size(); i++) {
        ProgramChance program = problem.program(set.get(i));
        boolean takes = (outcome >> i & 1) == 1;
        probability *= takes ? program.p() : 1 - program.p();
        if (takes) {
          best = Math.max(best, program.utility());
        }
      }
      value += probability * best;
    }
    return value;
  }

  /** The optimal value over all subsets whose cost fits the budget. */
  static double independentOptimum(IndependentChances problem, int budget) {
    double best = 0;
    for (List<Integer> set : subsets(problem.size())) {
      if (problem.cost(set) <= budget) {
        best = Math.max(best, independentValue(problem, set));
      }
    }
    return best;
  }

  /** Sample-average value from a plain success matrix {@code success[k][j]}. */
  static double scenarioValue(boolean[][] success, double[] utility, List<Integer> set) {
    double total = 0;
    for (boolean[] scenario : success) {
      double best = 0;
      for (int j : set) {
        if (scenario[j]) {
          best = Math.max(best, utility[j]);
        }
      }
      total += best;
    }
    return total / success.length;
  }

  /** The optimal sample-average value over all subsets whose cost fits the budget. */
  static double scenarioOptimum(boolean[][] success, double[] utility, int[] cost, int budget) {
    double best = 0;
    for (List<Integer> set : subsets(utility.length)) {
      if (set.stream().mapToInt(j -> cost[j]).sum() <= budget) {
        best = Math.max(best, scenarioValue(success, utility, set));
      }
    }
    return best;
  }

  /** All subsets of {0..n-1}, as sorted index lists. */
  static List<List<Integer>> subsets(int n) {
    List<List<Integer>> all = new ArrayList<>();
    for (int mask = 0; mask < 1 << n; mask++) {
      List<Integer> set = new ArrayList<>();
      for (int j = 0; j < n; j++) {
        if ((mask >> j & 1) == 1) {
          set.add(j);
        }
      }
      all.add(set);
    }
    return all;
  }

  /** Fractional knapsack by sorting ratios (the textbook algorithm). */
  static double fractionalKnapsack(double[] gain, int[] cost, long budget) {
    Integer[] order = new Integer[gain.length];
    Arrays.setAll(order, j -> j);
    Arrays.sort(order, (a, b) -> Double.compare(gain[b] / cost[b], gain[a] / cost[a]));
    double value = 0;
    double room = budget;
    for (int j : order) {
      if (gain[j] <= 0 || room <= 0) {
        continue;
      }
      double share = Math.min(1, room / cost[j]);
      value += share * gain[j];
      room -= share * cost[j];
    }
    return value;
  }
}
