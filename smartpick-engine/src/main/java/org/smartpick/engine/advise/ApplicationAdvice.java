package org.smartpick.engine.advise;

import java.util.List;
import java.util.Objects;

/**
 * The optimized application list and how it compares.
 *
 * @param budget most applications allowed (from the profile's count and dollar budget)
 * @param budgetSource where the budget comes from, in words
 * @param picks the chosen programs in the order the optimizer added them
 * @param matchChance P(match) overall with the whole list, over the scenarios
 * @param expectedUtility expected utility of the outcome (unmatched = 0), the optimized value
 * @param upperBound certified upper bound on the best expected utility within the budget
 * @param expectedInterviews expected invitations with the list (sum over the list; no cap)
 * @param curve P(match) and expected utility after each of the first i applications
 * @param comparisons the optimized list and naive strategies on the same scenarios
 */
public record ApplicationAdvice(int budget, String budgetSource, List<Pick> picks,
    Estimate matchChance, double expectedUtility, double upperBound, double expectedInterviews,
    List<CurvePoint> curve, List<Comparison> comparisons) {

  public ApplicationAdvice {
    Objects.requireNonNull(budgetSource, "budgetSource");
    picks = List.copyOf(picks);
    curve = List.copyOf(curve);
    comparisons = List.copyOf(comparisons);
  }

  /** The certified gap: how far the list's expected utility can be from the best possible. */
  public double gap() {
    return upperBound - expectedUtility;
  }

  /** Reach, target or likely, by P(match here | applied and ranked). */
  public enum Group {
    /** Under {@value ApplicationListOptimizer#TARGET_FROM} chance of matching there. */
    REACH,
    /** From {@value ApplicationListOptimizer#TARGET_FROM} to under {@value
     * ApplicationListOptimizer#LIKELY_FROM}. */
    TARGET,
    /** At least {@value ApplicationListOptimizer#LIKELY_FROM}. */
    LIKELY
  }

  /**
   * One chosen program.
   *
   * @param order 1-based order in which the optimizer added it
   * @param chance the program's chances and explanations
   * @param utility the student's utility for matching there (documented in docs/advise.md)
   * @param group reach, target or likely
   */
  public record Pick(int order, Chances.ProgramChance chance, double utility, Group group) {
  }

  /**
   * The diminishing-returns curve at i applications.
   *
   * @param applications i
   * @param matchChance P(match) with the first i picks
   * @param expectedUtility expected utility with the first i picks
   */
  public record CurvePoint(int applications, double matchChance, double expectedUtility) {
  }

  /**
   * A strategy evaluated on the same scenarios.
   *
   * @param strategy optimized, top-N by reputation, or N random (mean of seeded draws)
   * @param applications N
   * @param matchChance P(match)
   * @param expectedUtility expected utility of the outcome
   */
  public record Comparison(String strategy, int applications, double matchChance,
      double expectedUtility) {
  }
}
