package org.smartpick.engine.advise.rank;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.smartpick.engine.advise.ContiguousRanks;
import org.smartpick.engine.advise.Estimate;
import org.smartpick.engine.advise.InterviewScenarios;
import org.smartpick.engine.domain.Program;

/**
 * Advice on a rank order list after interviews: P(match at each rank) and P(unmatched) from the
 * scenarios (the student matches at the first listed program whose cutoff they clear; Azevedo
 * &amp; Leshno 2016), the expected rank matched, warnings (a short list against the model's
 * P(match | contiguous ranks) for the specialty), post-interview signals as a Bayesian
 * reweighting of the scenarios ({@link ScenarioWeights}), and a strategy-proofness demonstration
 * on the student's own list: every order obtained by moving one program up or down is evaluated
 * on the same scenarios and never beats the true-preference order (applicant-proposing deferred
 * acceptance is strategy-proof for applicants: Dubins &amp; Freedman 1981, Roth 1982; couples are
 * the exception, Roth &amp; Peranson 1999).
 *
 * <p>Running time O(K·n³) for a list of n (n² alternatives, O(n) per scenario each). Stateless;
 * thread-safe.
 */
public final class RankListAdvisor {
  /** The model's match chance a list should reach before it is called long enough. */
  public static final double ENOUGH_RANKS_LEVEL = 0.9;
  /** Above this P(unmatched) the list gets a warning. */
  public static final double UNMATCHED_WARNING = 0.1;

  /**
   * Advises on the list the scenarios were evaluated for, in the student's true order.
   *
   * @param contiguous the model's P(match | contiguous ranks) for the specialty
   * @param couple true when the student matches as a couple
   */
  public RankListAdvice advise(InterviewScenarios scenarios, List<ObservedSignal> signals,
      ContiguousRanks contiguous, boolean couple) {
    int n = scenarios.size();
    if (n == 0) {
      throw new IllegalArgumentException("interviews: the rank list is empty");
    }
    ScenarioWeights prior = ScenarioWeights.of(scenarios, List.of());
    ScenarioWeights weights = ScenarioWeights.of(scenarios, signals);
    int[] honest = new int[n];
    for (int i = 0; i < n; i++) {
      honest[i] = i;
    }
    List<RankChance> ranks = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int position = i;
      Program program = scenarios.scenarios().frame().program(
          scenarios.scenarios().frameIndex(scenarios.program(i)));
      List<InterviewSignal> logged = signals.stream().filter(s -> s.position() == position)
          .map(ObservedSignal::signal).toList();
      ranks.add(new RankChance(i + 1, program.acgmeId(), program.name(),
          prior.estimate(k -> scenarios.clears(k, position)),
          weights.estimate(k -> scenarios.clears(k, position)),
          weights.estimate(k -> RankOrderOutcome.matched(scenarios, k, honest) == position),
          logged));
    }
    Estimate unmatched = weights.estimate(k -> RankOrderOutcome.matched(scenarios, k, honest) < 0);
    double matched = 1 - unmatched.p();
    double rankSum = 0;
    for (RankChance r : ranks) {
      rankSum += r.rank() * r.matchHere().p();
    }
    double expectedRank = matched > 0 ? rankSum / matched : Double.NaN;
    double model = contiguous.applicants(n) > 0 ? contiguous.matchChance(n) : Double.NaN;
    List<String> warnings = warnings(n, unmatched, model, contiguous, couple);
    return new RankListAdvice(ranks, unmatched, expectedRank, model, warnings,
        strategyCheck(scenarios, weights, honest), weights.effectiveSize());
  }

  private static List<String> warnings(int n, Estimate unmatched, double model,
      ContiguousRanks contiguous, boolean couple) {
    List<String> warnings = new ArrayList<>();
    int enough = contiguous.fewestReaching(ENOUGH_RANKS_LEVEL);
    if (enough > n) {
      warnings.add(String.format(Locale.ROOT, "Few ranks for this specialty: in the model,"
          + " applicants with %d contiguous rank%s matched %s; it takes about %d to reach %.0f%%"
          + " (estimated).", n, n == 1 ? "" : "s", Double.isNaN(model) ? "(not observed)"
          : String.format(Locale.ROOT, "%.0f%% of the time", 100 * model), enough,
          100 * ENOUGH_RANKS_LEVEL));
    }
    if (unmatched.p() > UNMATCHED_WARNING) {
      warnings.add(String.format(Locale.ROOT, "P(unmatched) with this list is %.0f%% [%.0f–%.0f]"
          + " (estimated): rank every program you would rather attend than go unmatched.",
          100 * unmatched.p(), 100 * unmatched.low(), 100 * unmatched.high()));
    }
    if (couple) {
      warnings.add("You match as a couple: pairs of programs are ranked together and the"
          + " honesty guarantee below does not hold for couples (Roth & Peranson 1999); this"
          + " advice treats your list on its own.");
    }
    return warnings;
  }

  // Every order from moving one program to another position, on the same weighted scenarios.
  private static StrategyCheck strategyCheck(InterviewScenarios scenarios,
      ScenarioWeights weights, int[] honest) {
    int n = honest.length;
    double honestUtility = expectedUtility(scenarios, weights, honest);
    double[] honestTop = topShares(scenarios, weights, honest);
    Set<List<Integer>> seen = new HashSet<>();
    List<Integer> best = List.of();
    double bestUtility = Double.NEGATIVE_INFINITY;
    int worse = 0;
    boolean dominated = true;
    for (int from = 0; from < n; from++) {
      for (int to = 0; to < n; to++) {
        if (from == to) {
          continue;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
          order.add(i);
        }
        order.add(to, order.remove(from));
        if (!seen.add(order)) {
          continue;
        }
        int[] alternative = order.stream().mapToInt(Integer::intValue).toArray();
        double utility = expectedUtility(scenarios, weights, alternative);
        if (utility > bestUtility) {
          bestUtility = utility;
          best = order;
        }
        worse += worseSomewhere(scenarios, honest, alternative) ? 1 : 0;
        double[] top = topShares(scenarios, weights, alternative);
        for (int t = 0; t < n; t++) {
          dominated &= honestTop[t] >= top[t] - 1e-12;
        }
      }
    }
    return new StrategyCheck(honestUtility, best, seen.isEmpty() ? honestUtility : bestUtility,
        seen.size(), worse, dominated);
  }

  private static double expectedUtility(InterviewScenarios scenarios, ScenarioWeights weights,
      int[] order) {
    double sum = 0;
    double total = 0;
    for (int k = 0; k < scenarios.scenarioCount(); k++) {
      sum += weights.weight(k) * RankOrderOutcome.utility(
          RankOrderOutcome.matched(scenarios, k, order), order.length);
      total += weights.weight(k);
    }
    return sum / total;
  }

  // P(matched within the true top t+1) for t = 0..n-1.
  private static double[] topShares(InterviewScenarios scenarios, ScenarioWeights weights,
      int[] order) {
    double[] shares = new double[order.length];
    for (int t = 0; t < order.length; t++) {
      int limit = t;
      shares[t] = weights.share(k -> {
        int at = RankOrderOutcome.matched(scenarios, k, order);
        return at >= 0 && at <= limit;
      });
    }
    return shares;
  }

  private static boolean worseSomewhere(InterviewScenarios scenarios, int[] honest,
      int[] alternative) {
    for (int k = 0; k < scenarios.scenarioCount(); k++) {
      int h = RankOrderOutcome.matched(scenarios, k, honest);
      int a = RankOrderOutcome.matched(scenarios, k, alternative);
      if (RankOrderOutcome.utility(a, honest.length) < RankOrderOutcome.utility(h, honest.length)) {
        return true;
      }
    }
    return false;
  }
}
