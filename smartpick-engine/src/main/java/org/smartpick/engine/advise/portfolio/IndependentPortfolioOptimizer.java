package org.smartpick.engine.advise.portfolio;

/**
 * Chooses the programs to apply to in the {@link IndependentChances} problem. Implementations are
 * named for their algorithm, keep no per-run state in fields (one instance may serve several
 * threads) and document their running time, accepted input and citations.
 */
public interface IndependentPortfolioOptimizer {

  /**
   * A portfolio within the problem's budget. Programs that would add no value are left out.
   *
   * @throws IllegalArgumentException if the implementation does not accept this problem (the
   *     message says why, naming the field and value)
   */
  Portfolio optimize(IndependentChances problem);
}
