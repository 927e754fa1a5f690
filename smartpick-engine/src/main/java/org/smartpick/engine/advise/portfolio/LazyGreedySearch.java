package org.smartpick.engine.advise.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Lazy (accelerated) greedy of Minoux on {@link ScenarioChances} under a knapsack constraint given
 * as explicit costs and budget: repeatedly add the program with the largest ratio of marginal gain
 * to cost among those that still fit. Stale gains kept in a heap are upper bounds on current gains
 * (submodularity), so only the top needs re-evaluation. With unit costs this is plain lazy greedy
 * for a count budget.
 *
 * <p>The bound: for any set S, {@code OPT <= f(S) + max sum_{j} delta_j(S) x_j} over fractional x
 * within the budget (Nemhauser, Wolsey & Fisher 1978; Minoux 1978); any upper bounds on the
 * delta_j may stand in for them. It is evaluated after every addition with the heap's stale gains
 * and once at the end with exact gains; the minimum is reported. Stateless.
 */
final class LazyGreedySearch {

  /** The programs added in order, value after each, and the certified bound. */
  record Trace(List<Integer> chosen, List<Double> valueAfterEach, double value,
      double upperBound, double[] singletonGain) {}

  private LazyGreedySearch() {}

  /**
   * Runs the search. O(n·K/64 + total successes) to start, O(K + n log n) per addition for the
   * value and the bound, plus one gain evaluation per heap refresh.
   */
  static Trace run(ScenarioChances problem, int[] cost, long budget) {
    int n = problem.programCount();
    CoverageState state = new CoverageState(problem);
    double[] upper = new double[n];
    int[] freshAt = new int[n];
    List<Integer> candidates = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      upper[j] = state.gain(j);
      if (cost[j] <= budget && upper[j] > 0) {
        candidates.add(j);
      }
    }
    double[] singletonGain = upper.clone();
    double[] ratio = new double[n];
    for (int j = 0; j < n; j++) {
      ratio[j] = upper[j] / cost[j];
    }
    double[] scratch = new double[n];
    double bound = DualBound.of(upper, cost, budget, scratch);
    IndexedMaxHeap heap =
        new IndexedMaxHeap(candidates.stream().mapToInt(Integer::intValue).toArray(), ratio);
    List<Integer> chosen = new ArrayList<>();
    List<Double> curve = new ArrayList<>();
    long remaining = budget;
    while (!heap.isEmpty()) {
      int j = heap.top();
      if (cost[j] > remaining) {
        heap.removeTop();
      } else if (freshAt[j] != chosen.size()) {
        upper[j] = state.gain(j);
        freshAt[j] = chosen.size();
        heap.setTopKey(upper[j] / cost[j]);
      } else if (upper[j] <= 0) {
        break;
      } else {
        heap.removeTop();
        state.add(j);
        remaining -= cost[j];
        upper[j] = 0;
        chosen.add(j);
        double value = state.value();
        curve.add(value);
        bound = Math.min(bound, value + DualBound.of(upper, cost, budget, scratch));
      }
    }
    for (int j = 0; j < n; j++) {
      if (upper[j] > 0) { // chosen programs hold 0, and a gain that reached 0 stays 0
        upper[j] = state.gain(j);
      }
    }
    double value = state.value();
    bound = Math.min(bound, value + DualBound.of(upper, cost, budget, scratch));
    return new Trace(chosen, curve, value, bound, singletonGain);
  }
}
