package org.smartpick.engine.advise.portfolio;

import java.util.Arrays;

/**
 * Lazy greedy (Minoux's accelerated greedy) for {@link ScenarioChances} with a count budget: all
 * programs cost the same c and at most {@code h = budget / c} are chosen. The result is at least
 * (1 - 1/e) of the optimum (Nemhauser, Wolsey & Fisher 1978) and comes with the certified bound
 * {@code OPT <= f(S) + (sum of the h largest marginal gains at S)}, minimized over the greedy's
 * intermediate sets S.
 *
 * <p>Running time O(n·(K/64 + s)) for the first gains (s = mean successes per program), one gain
 * evaluation per lazy refresh (at worst O(h·n) evaluations, usually far fewer), and
 * O(h·n log n) for the bounds; memory O(n·K/64 + K + n). Ties in marginal gain go to the lower
 * program index; programs that add nothing are left out. {@link Portfolio#valueAfterEach()} is
 * the diminishing-returns curve. Accepts problems whose programs all cost the same (rejects others
 * with an {@link IllegalArgumentException}). Stateless and thread-safe.
 *
 * <p>M. Minoux, "Accelerated greedy algorithms for maximizing submodular set functions" (1978);
 * G. L. Nemhauser, L. A. Wolsey and M. L. Fisher, "An analysis of approximations for maximizing
 * submodular set functions—I", Math. Programming 14 (1978).
 */
public final class LazyGreedy implements ScenarioPortfolioOptimizer {

  @Override
  public Portfolio optimize(ScenarioChances problem) {
    if (!problem.hasEqualCosts()) {
      throw new IllegalArgumentException("lazy greedy needs equal costs, but program \""
          + problem.id(0) + "\" costs " + problem.cost(0)
          + " and others differ; use cost-benefit lazy greedy");
    }
    int n = problem.programCount();
    int count = n == 0 ? 0 : problem.budget() / problem.cost(0);
    int[] unit = new int[n];
    Arrays.fill(unit, 1);
    LazyGreedySearch.Trace trace = LazyGreedySearch.run(problem, unit, count);
    return new Portfolio(PortfolioMethod.LAZY_GREEDY, trace.chosen(), trace.valueAfterEach(),
        problem.cost(trace.chosen()), trace.value(), trace.upperBound());
  }
}
