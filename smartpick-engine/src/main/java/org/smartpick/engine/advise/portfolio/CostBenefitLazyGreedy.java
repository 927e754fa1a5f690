package org.smartpick.engine.advise.portfolio;

import java.util.List;

/**
 * Cost-benefit lazy greedy for {@link ScenarioChances} with a fee budget: adds the program of
 * largest marginal gain per unit cost among those that still fit, skipping those that do not, and
 * returns the better of that set and the best single affordable program (the safeguard without
 * which the ratio rule can be arbitrarily bad). The result is at least (1 - 1/e)/2 of the optimum
 * (Khuller, Moss & Naor 1999; Leskovec et al. 2007). The certified bound is
 * {@code OPT <= f(S) + (fractional knapsack of marginal gains at S within the budget)}, minimized
 * over the greedy's intermediate sets S.
 *
 * <p>Running time O(n·(K/64 + s)) for the first gains, one gain evaluation per lazy refresh, and
 * O(n log n) per addition for the bound; memory O(n·K/64 + K + n). Ties go to the lower program
 * index; programs that add nothing are left out. Accepts any valid problem. Stateless and
 * thread-safe.
 *
 * <p>S. Khuller, A. Moss and J. Naor, "The budgeted maximum coverage problem", Inf. Process. Lett.
 * 70 (1999); J. Leskovec et al., "Cost-effective outbreak detection in networks", KDD 2007;
 * M. Minoux (1978).
 */
public final class CostBenefitLazyGreedy implements ScenarioPortfolioOptimizer {

  @Override
  public Portfolio optimize(ScenarioChances problem) {
    int n = problem.programCount();
    int[] cost = new int[n];
    for (int j = 0; j < n; j++) {
      cost[j] = problem.cost(j);
    }
    LazyGreedySearch.Trace trace = LazyGreedySearch.run(problem, cost, problem.budget());
    int single = bestAffordableSingle(problem, trace.singletonGain());
    if (single >= 0 && trace.singletonGain()[single] > trace.value()) {
      double value = trace.singletonGain()[single];
      return new Portfolio(PortfolioMethod.COST_BENEFIT_LAZY_GREEDY, List.of(single),
          List.of(value), cost[single], value, trace.upperBound());
    }
    return new Portfolio(PortfolioMethod.COST_BENEFIT_LAZY_GREEDY, trace.chosen(),
        trace.valueAfterEach(), problem.cost(trace.chosen()), trace.value(),
        trace.upperBound());
  }

  // The affordable program worth most on its own (lowest index on ties), or -1.
  private static int bestAffordableSingle(ScenarioChances problem, double[] singletonGain) {
    int best = -1;
    for (int j = 0; j < singletonGain.length; j++) {
      if (problem.cost(j) <= problem.budget()
          && (best < 0 || singletonGain[j] > singletonGain[best])) {
        best = j;
      }
    }
    return best;
  }
}
