package org.smartpick.engine.advise.rank;

import java.util.List;

/**
 * The strategy-proofness demonstration on the student's own list: every order obtained by moving
 * one program up or down (against the true preference) evaluated on the same scenarios.
 *
 * @param honestUtility expected utility of the true-preference order
 * @param bestAlternative the best other order found (0-based true-preference positions)
 * @param bestAlternativeUtility its expected utility (never above {@code honestUtility})
 * @param alternativesTried distinct other orders evaluated
 * @param worseSomewhere alternatives that are strictly worse in at least one scenario
 * @param dominated true when the honest order's chance of matching within the true top t is at
 *     least every alternative's, for every t (first-order stochastic dominance: honesty is best
 *     for every utility consistent with the true order, not only the linear one)
 */
public record StrategyCheck(double honestUtility, List<Integer> bestAlternative,
    double bestAlternativeUtility, int alternativesTried, int worseSomewhere, boolean dominated) {
  public StrategyCheck {
    bestAlternative = List.copyOf(bestAlternative);
  }
}
