package org.smartpick.engine.advise;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The optimized application list and how it compares.
 *
 * @param budget most applications allowed (from the profile's count and dollar budget)
 * @param budgetSource where the budget comes from, in words
 * @param picks the chosen programs in the order the optimizer added them
 * @param matchChance P(match) with the whole list on fresh student draws (held out from the
 *     choice, with the interview cap)
 * @param expectedUtility expected utility of the outcome (unmatched = 0) on the same fresh draws
 * @param optimizedValue the sample-average objective the optimizer maximized (the draws it chose
 *     on, no cap): optimistic, the value the bound certifies
 * @param upperBound certified upper bound on the best sample-average objective within the budget
 * @param expectedInterviews expected interviews attended with the list (fresh draws, capped)
 * @param curve P(match) and expected utility after each of the first i applications (fresh draws)
 * @param comparisons the optimized list and naive strategies on the same scenarios (fresh draws)
 * @param signals where the signals go ({@code matchChance} and the rest include them)
 * @param matchChanceWithoutSignals P(match) with the same list and no signals (fresh draws)
 */
public record ApplicationAdvice(int budget, String budgetSource, List<Pick> picks,
    Estimate matchChance, double expectedUtility, double optimizedValue, double upperBound,
    double expectedInterviews, List<CurvePoint> curve, List<Comparison> comparisons,
    SignalPlan signals, Estimate matchChanceWithoutSignals) {

  public ApplicationAdvice {
    Objects.requireNonNull(budgetSource, "budgetSource");
    Objects.requireNonNull(signals, "signals");
    Objects.requireNonNull(matchChanceWithoutSignals, "matchChanceWithoutSignals");
    picks = List.copyOf(picks);
    curve = List.copyOf(curve);
    comparisons = List.copyOf(comparisons);
  }

  /** The certified gap: how far the optimized objective can be from the best possible. */
  public double gap() {
    return upperBound - optimizedValue;
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
   * @param signal the signal tier sent to it, empty when not signalled
   */
  public record Pick(int order, Chances.ProgramChance chance, double utility, Group group,
      Optional<SignalPlan.Tier> signal) {
    public Pick {
      Objects.requireNonNull(signal, "signal");
    }
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
