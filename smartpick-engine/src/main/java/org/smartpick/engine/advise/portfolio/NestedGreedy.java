package org.smartpick.engine.advise.portfolio;

import java.util.Arrays;

/**
 * Exact optimizer for independent chances when every program costs the same, so the budget is a
 * count {@code h = budget / cost}. Kapur & Hong show that optimal portfolios are nested (an optimal
 * portfolio of size h+1 contains one of size h), so adding the program of largest marginal gain h
 * times is optimal; marginal gains are maintained with their O(n) update rule.
 *
 * <p>Running time O(n·h), memory O(n). The portfolio of every smaller count is a prefix of the
 * result, so {@link Portfolio#valueAfterEach()} is the optimal value for each count. Ties in
 * marginal gain go to the program listed first; programs that add nothing (p = 0 or utility 0,
 * or dominated by a sure program of higher utility) are left out, so fewer than h programs may be
 * chosen.
 *
 * <p>Accepts problems whose programs all have the same cost (rejects others with an
 * {@link IllegalArgumentException}). Stateless and thread-safe.
 *
 * <p>M. Kapur and S.-P. Hong, "The college application problem", arXiv:2205.01869 (2022).
 */
public final class NestedGreedy implements IndependentPortfolioOptimizer {

  @Override
  public Portfolio optimize(IndependentChances problem) {
    if (!problem.hasEqualCosts()) {
      throw new IllegalArgumentException("nested greedy needs equal costs, but program \""
          + problem.program(0).id() + "\" costs " + problem.program(0).cost()
          + " and others differ; use the cost dynamic program");
    }
    int n = problem.size();
    int count = n == 0 ? 0 : Math.min(n, problem.budget() / problem.program(0).cost());
    boolean[] all = new boolean[n];
    Arrays.fill(all, true);
    MarginalGainGreedy.Trace trace = MarginalGainGreedy.run(problem, all, count);
    double value = trace.valueAfterEach().isEmpty()
        ? 0 : trace.valueAfterEach().get(trace.valueAfterEach().size() - 1);
    return new Portfolio(PortfolioMethod.NESTED_GREEDY, trace.chosen(), trace.valueAfterEach(),
        problem.cost(trace.chosen()), value, value);
  }
}
