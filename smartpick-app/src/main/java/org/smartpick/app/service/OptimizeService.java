package org.smartpick.app.service;

import org.smartpick.app.io.portfolio.PortfolioFormatException;
import org.smartpick.app.io.portfolio.PortfolioInput;
import org.smartpick.engine.advise.portfolio.CostDynamicProgram;
import org.smartpick.engine.advise.portfolio.IndependentChances;
import org.smartpick.engine.advise.portfolio.IndependentPortfolioOptimizer;
import org.smartpick.engine.advise.portfolio.NestedGreedy;
import org.smartpick.engine.advise.portfolio.Portfolio;

/**
 * The optimize use case shared by {@code smartpick optimize} and {@code POST /api/optimize}: the
 * optimal portfolio for independent chances under a budget, exactly: the nested greedy when all
 * costs are equal, else the dynamic program over the budget. Deterministic; stateless;
 * thread-safe.
 */
public final class OptimizeService {

  /**
   * Optimizes a read portfolio problem.
   *
   * @throws PortfolioFormatException naming the budget when the problem is too large to solve
   */
  public Portfolio optimize(PortfolioInput input) {
    IndependentChances problem = input.problem();
    IndependentPortfolioOptimizer optimizer =
        problem.hasEqualCosts() ? new NestedGreedy() : new CostDynamicProgram();
    try {
      return optimizer.optimize(problem);
    } catch (IllegalArgumentException tooLarge) {
      throw new PortfolioFormatException(input.budgetWhere() + ": " + tooLarge.getMessage(),
          "budget");
    }
  }
}
