package org.smartpick.engine.advise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.smartpick.engine.advise.portfolio.LazyGreedy;
import org.smartpick.engine.advise.portfolio.Portfolio;
import org.smartpick.engine.advise.portfolio.ScenarioChances;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.domain.Region;
import org.smartpick.engine.domain.SignalAllotment;
import org.smartpick.engine.domain.UsState;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.Geography;
import org.smartpick.engine.domain.profile.Preferences;

/**
 * Chooses where to apply: the set of programs that maximizes the expected utility of the outcome
 * (unmatched = 0) over the scenarios, within the budget. In scenario k the student would match at
 * j if they applied and ranked it ({@link Chances#matches}); ranking by true preference, they match
 * at the best such program of their list, so the value is {@code (1/K) Σ_k max_{j∈S} u_j·1[k,j]},
 * monotone submodular: {@link LazyGreedy} gives a (1 − 1/e) solution with a certified upper bound.
 * ERAS fees depend only on the number of applications to a specialty ({@link ErasFees}), so a
 * dollar budget is exactly a count budget ({@link ErasFees#applicationLimit}); without a budget,
 * {@value #DEFAULT_BUDGET} applications (the fee's first tier).
 *
 * <p>Utility (docs/advise.md): {@code u_j = 0.5 + 0.5·Σ_f w_f·x_fj / Σ_f w_f} (1 when every weight is
 * 0), with features in [0, 1]: location 1 in a preferred state or region (or the home region when
 * none is preferred), 0 in an avoided one, else 0.5; reputation the program's percentile of mean
 * model reputation within the specialty; size 1 when the positions fall in the preferred third of
 * the specialty (0.5 for "any"); setting 1 when academic/community matches (0.5 for "either");
 * fit 0.5 (unknown before interviews). So any match is worth at least half the ideal one.
 *
 * <p>The list is chosen on one set of student draws and reported ({@link ListOutcome}: interview
 * cap, planned signals) on an independent set, so the numbers shown carry no selection bias.
 *
 * <p>Groups: reach under {@value #TARGET_FROM} chance of matching there, likely from {@value
 * #LIKELY_FROM}, target between. Naive strategies on the same scenarios: the top N by
 * reputation, and N random programs (mean of {@value #RANDOM_DRAWS} seeded draws). Running time
 * O(lazy greedy) + O(K·P). Stateless; thread-safe.
 */
public final class ApplicationListOptimizer {
  /** Default budget without one in the profile. */
  public static final int DEFAULT_BUDGET = 30;
  /** Lower bound of the target group. */
  public static final double TARGET_FROM = 0.10;
  /** Lower bound of the likely group. */
  public static final double LIKELY_FROM = 0.35;
  /** Random lists averaged for the naive random strategy. */
  public static final int RANDOM_DRAWS = 20;

  /**
   * Optimizes the list for the profile's budget on {@code chances} and reports it on
   * {@code holdout}: the same scenarios with independent student draws, so the numbers shown do
   * not carry the optimizer's selection bias (the list is chosen where the chosen-on draws
   * happened to be lucky).
   */
  public ApplicationAdvice optimize(Chances chances, Chances holdout, ApplicantProfile profile,
      ErasFees fees, long seed) {
    double[] utility = utilities(chances, profile);
    return report(chances, holdout, choose(chances, utility, budget(profile, fees)), utility,
        profile, fees, seed);
  }

  /**
   * Optimizes a list of at most {@code budget} programs for the given utilities, then plans the
   * signals on it ({@link SignalPlanner}, on {@code chances}) and reports both on {@code holdout}.
   */
  public ApplicationAdvice optimize(Chances chances, Chances holdout, double[] utility,
      int budget, String source, int signals, Optional<SignalAllotment> allotment, long seed) {
    return report(chances, holdout, choose(chances, utility, budget), utility, budget, source,
        signals, allotment, seed);
  }

  /** Applications the profile's budget allows ({@value #DEFAULT_BUDGET} without one). */
  static int budget(ApplicantProfile profile, ErasFees fees) {
    return fees.applicationLimit(profile.budget()).orElse(DEFAULT_BUDGET);
  }

  /**
   * The list of at most {@code budget} programs by lazy greedy on the no-signal matches of
   * {@code chances} (the with-signal outcomes are not read).
   */
  Portfolio choose(Chances chances, double[] utility, int budget) {
    int n = chances.programs().size();
    int samples = chances.sampleCount();
    ScenarioChances.Builder builder = ScenarioChances.builder(samples);
    for (int j = 0; j < n; j++) {
      builder.addProgram(chances.programs().get(j).id(), utility[j], 1);
    }
    for (int k = 0; k < samples; k++) {
      for (int j = 0; j < n; j++) {
        if (chances.matches(k, j)) {
          builder.accepts(k, j);
        }
      }
    }
    return new LazyGreedy().optimize(builder.budget(Math.min(budget, n)).build());
  }

  /**
   * As {@link #optimize(Chances, Chances, ApplicantProfile, ErasFees, long)} with the list
   * already chosen ({@link #choose}); the with-signal outcomes are read only at its programs.
   */
  ApplicationAdvice report(Chances chances, Chances holdout, Portfolio portfolio,
      double[] utility, ApplicantProfile profile, ErasFees fees, long seed) {
    String source = fees.applicationLimit(profile.budget()).isPresent() ? "your budget"
        : "default (no budget in the profile)";
    return report(chances, holdout, portfolio, utility, budget(profile, fees), source,
        profile.signals(), profile.specialty().latestSignals(), seed);
  }

  private ApplicationAdvice report(Chances chances, Chances holdout, Portfolio portfolio,
      double[] utility, int budget, String source, int signals,
      Optional<SignalAllotment> allotment, long seed) {
    int n = chances.programs().size();
    int count = Math.min(budget, n);
    List<Integer> chosen = portfolio.chosen();
    int cap = chances.scenarios().parameters().maxInterviews();
    int[] byPreference = ListOutcome.byPreference(chosen, utility);
    SignalPlan plan = new SignalPlanner().plan(chances, byPreference, utility, signals,
        allotment);
    boolean[] signalled = plan.signalled(n);
    ListOutcome outcome = ListOutcome.of(holdout, byPreference, signalled, cap);
    Estimate withoutSignals = ListOutcome.of(holdout, byPreference, new boolean[n], cap)
        .matchChance();
    SignalPlan.Tier[] tier = new SignalPlan.Tier[n];
    plan.choices().forEach(c -> tier[c.program()] = c.tier());
    List<ApplicationAdvice.Pick> picks = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      Chances.ProgramChance c = holdout.programs().get(chosen.get(i));
      double matchHere = signalled[c.program()] ? c.matchWithSignal().p() : c.match().p();
      picks.add(new ApplicationAdvice.Pick(i + 1, c, utility[c.program()], group(matchHere),
          Optional.ofNullable(tier[c.program()])));
    }
    List<ApplicationAdvice.CurvePoint> curve = new ArrayList<>();
    for (int i = 1; i <= chosen.size(); i++) {
      ListOutcome first = ListOutcome.of(holdout,
          ListOutcome.byPreference(chosen.subList(0, i), utility), signalled, cap);
      curve.add(new ApplicationAdvice.CurvePoint(i, first.matchChance().p(),
          first.expectedUtility(utility)));
    }
    List<ApplicationAdvice.Comparison> comparisons = new ArrayList<>();
    comparisons.add(new ApplicationAdvice.Comparison("optimized, with signals", chosen.size(),
        outcome.matchChance().p(), outcome.expectedUtility(utility)));
    comparisons.add(comparison("optimized, no signals", holdout, chosen, utility, cap));
    List<Integer> byReputation = IntStream.range(0, n).boxed()
        .sorted(Comparator.comparingDouble((Integer j) -> -chances.programs().get(j).reputation())
            .thenComparing(j -> j))
        .limit(count).toList();
    comparisons.add(comparison("top " + count + " by reputation", holdout, byReputation, utility,
        cap));
    SplittableRandom random = new SplittableRandom(seed);
    double randomMatch = 0;
    double randomValue = 0;
    for (int d = 0; d < RANDOM_DRAWS; d++) {
      ApplicationAdvice.Comparison drawn = comparison("random", holdout,
          randomList(n, count, random), utility, cap);
      randomMatch += drawn.matchChance();
      randomValue += drawn.expectedUtility();
    }
    comparisons.add(new ApplicationAdvice.Comparison(count + " random", count,
        randomMatch / RANDOM_DRAWS, randomValue / RANDOM_DRAWS));
    return new ApplicationAdvice(count, source, picks, outcome.matchChance(),
        outcome.expectedUtility(utility), portfolio.value(), portfolio.upperBound(),
        outcome.expectedInterviews(),
        curve, comparisons, plan, withoutSignals);
  }

  // A list evaluated on the same scenarios, with the interview cap and no signals (naive lists).
  private static ApplicationAdvice.Comparison comparison(String strategy, Chances chances,
      List<Integer> list, double[] utility, int cap) {
    ListOutcome outcome = ListOutcome.of(chances, ListOutcome.byPreference(list, utility),
        new boolean[chances.programs().size()], cap);
    return new ApplicationAdvice.Comparison(strategy, list.size(), outcome.matchChance().p(),
        outcome.expectedUtility(utility));
  }

  static ApplicationAdvice.Group group(double matchHere) {
    if (matchHere >= LIKELY_FROM) {
      return ApplicationAdvice.Group.LIKELY;
    }
    return matchHere >= TARGET_FROM ? ApplicationAdvice.Group.TARGET
        : ApplicationAdvice.Group.REACH;
  }

  private static List<Integer> randomList(int n, int count, SplittableRandom random) {
    int[] order = IntStream.range(0, n).toArray();
    for (int i = 0; i < count; i++) {
      int swap = i + random.nextInt(n - i);
      int t = order[swap];
      order[swap] = order[i];
      order[i] = t;
    }
    return Arrays.stream(order, 0, count).boxed().toList();
  }

  /** The student's utility for each program (see the class comment). */
  public static double[] utilities(Chances chances, ApplicantProfile profile) {
    List<Chances.ProgramChance> programs = chances.programs();
    int n = programs.size();
    Preferences w = profile.preferences();
    double total = w.location() + w.reputation() + w.size() + w.setting() + w.fit();
    double[] reputationRank = percentiles(programs.stream()
        .mapToDouble(Chances.ProgramChance::reputation).toArray());
    double[] sizeRank = percentiles(programs.stream()
        .mapToDouble(Chances.ProgramChance::positions).toArray());
    double[] u = new double[n];
    for (int j = 0; j < n; j++) {
      if (total == 0) {
        u[j] = 1;
        continue;
      }
      Program program = chances.scenarios().frame().program(chances.scenarios().frameIndex(j));
      double sum = w.location() * location(profile.geography(), program.state())
          + w.reputation() * reputationRank[j]
          + w.size() * size(w, sizeRank[j])
          + w.setting() * setting(w, program.academic())
          + w.fit() * 0.5;
      u[j] = 0.5 + 0.5 * sum / total;
    }
    return u;
  }

  private static double location(Geography g, UsState state) {
    Region region = state.division().region();
    if (g.avoidedStates().contains(state)
        || (g.avoidedRegions().contains(region) && !g.preferredStates().contains(state))) {
      return 0;
    }
    if (g.preferredStates().contains(state) || g.preferredRegions().contains(region)) {
      return 1;
    }
    boolean nonePreferred = g.preferredStates().isEmpty() && g.preferredRegions().isEmpty();
    if (nonePreferred && g.homeState().map(h -> h.division().region() == region).orElse(false)) {
      return 1;
    }
    return 0.5;
  }

  private static double size(Preferences w, double percentile) {
    return switch (w.preferredSize()) {
      case ANY -> 0.5;
      case SMALL -> percentile < 1.0 / 3 ? 1 : 0;
      case MEDIUM -> percentile >= 1.0 / 3 && percentile < 2.0 / 3 ? 1 : 0;
      case LARGE -> percentile >= 2.0 / 3 ? 1 : 0;
    };
  }

  private static double setting(Preferences w, boolean academic) {
    return switch (w.preferredSetting()) {
      case EITHER -> 0.5;
      case ACADEMIC -> academic ? 1 : 0;
      case COMMUNITY -> academic ? 0 : 1;
    };
  }

  // Mid-rank percentile of each value in [0, 1).
  private static double[] percentiles(double[] values) {
    int n = values.length;
    double[] result = new double[n];
    for (int i = 0; i < n; i++) {
      int below = 0;
      int equal = 0;
      for (double v : values) {
        below += v < values[i] ? 1 : 0;
        equal += v == values[i] ? 1 : 0;
      }
      result[i] = (below + (equal - 1) / 2.0) / n;
    }
    return result;
  }
}
