package org.smartpick.engine.advise.portfolio;

/**
 * Chooses the programs to apply to in the {@link ScenarioChances} problem and certifies how far
 * the choice can be from optimal ({@link Portfolio#upperBound()}). Implementations are named for
 * their algorithm, keep no per-run state in fields and document running time, accepted input,
 * guarantee and citations.
 */
public interface ScenarioPortfolioOptimizer {

  /**
   * A portfolio within the problem's budget, with a certified upper bound on the optimum.
   *
   * @throws IllegalArgumentException if the implementation does not accept this problem
   */
  Portfolio optimize(ScenarioChances problem);
}
