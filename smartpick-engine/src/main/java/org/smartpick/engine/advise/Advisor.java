package org.smartpick.engine.advise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartpick.engine.advise.portfolio.Portfolio;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/**
 * The advise use case on a built {@link ScenarioSet}: the profile in model units
 * ({@link StudentModel}), its chances ({@link ChanceEstimator}) and the optimized list
 * ({@link ApplicationListOptimizer}), chosen on {@link #selectionDraws} sets of the student's
 * draws per scenario (so the choice does not chase one draw's luck) and reported on an independent
 * set of one draw per scenario (held out), with the caveats that go with the numbers. The
 * student's draws are seeded from the run seed, so the same set, profile and seed give the same
 * advice for any thread count. The list is chosen on the no-signal outcomes, so the with-signal
 * variant (which the signal planner and the report read only at listed programs) is scored only
 * at the L listed programs, the same there as a full estimation. Running time
 * O((K·D + K)·P/T + K·D·L/T + lazy greedy on K·D samples).
 * Immutable; thread-safe.
 */
public final class Advisor {
  /** Always shown with advice numbers. */
  public static final String MODEL_CAVEAT = "Estimated: every chance comes from simulations of a"
      + " market model that is not yet fully calibrated to NRMP data; read the numbers as"
      + " estimates with the intervals shown, not as facts.";
  private static final long STUDENT_SEED_MIX = 0x5DEECE66DL;
  private static final long HOLDOUT_SEED_MIX = 0x2545F4914F6CDD1DL;
  /** Samples (scenarios × draws) the list is chosen on, when K allows it within the draw limits. */
  static final int SELECTION_SAMPLES = 4000;
  /** Fewest draws per scenario the list is chosen on. */
  static final int MIN_SELECTION_DRAWS = 2;
  /** Most draws per scenario the list is chosen on. */
  static final int MAX_SELECTION_DRAWS = 8;

  private final int threads;
  private final ErasFees fees;

  /** An advisor on {@code threads} worker threads (at least 1) with the given fee schedule. */
  public Advisor(int threads, ErasFees fees) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
    this.fees = Objects.requireNonNull(fees, "fees");
  }

  /** The seed of the student's own draws for a run seed (the same in every use case). */
  public static long studentSeed(long runSeed) {
    return runSeed ^ STUDENT_SEED_MIX;
  }

  /**
   * Sets of the student's draws per scenario the list is chosen on for K scenarios:
   * ⌈{@value #SELECTION_SAMPLES}/K⌉ within [{@value #MIN_SELECTION_DRAWS},
   * {@value #MAX_SELECTION_DRAWS}], so small K still averages out the student's luck and the cost
   * stays near {@value #SELECTION_SAMPLES} samples (2 at K = 2,000).
   */
  public static int selectionDraws(int scenarios) {
    int wanted = (SELECTION_SAMPLES + scenarios - 1) / scenarios;
    return Math.max(MIN_SELECTION_DRAWS, Math.min(MAX_SELECTION_DRAWS, wanted));
  }

  /** The seed of the held-out draws the advice is reported on, for a run seed. */
  public static long holdoutSeed(long runSeed) {
    return runSeed ^ HOLDOUT_SEED_MIX;
  }

  /** Advice for a profile on the scenarios of its specialty. */
  public Advice advise(ScenarioSet set, ApplicantProfile profile, long seed) {
    StudentModel student = StudentModel.of(profile, set);
    ChanceEstimator estimator = new ChanceEstimator(threads);
    ApplicationListOptimizer optimizer = new ApplicationListOptimizer();
    int n = set.programCount();
    Chances plain = estimator.estimate(set, student, studentSeed(seed),
        selectionDraws(set.scenarioCount()), new boolean[n]);
    double[] utility = ApplicationListOptimizer.utilities(plain, profile);
    Portfolio portfolio = optimizer.choose(plain, utility,
        ApplicationListOptimizer.budget(profile, fees));
    boolean[] listed = new boolean[n];
    portfolio.chosen().forEach(j -> listed[j] = true);
    Chances chances = estimator.withSignals(plain, student, listed);
    Chances holdout = estimator.estimate(set, student, holdoutSeed(seed), 1, listed);
    ApplicationAdvice list = optimizer.report(chances, holdout, portfolio, utility, profile, fees,
        seed);
    List<String> caveats = new ArrayList<>();
    caveats.add(MODEL_CAVEAT);
    if (student.step2Pending()) {
      caveats.add(String.format(java.util.Locale.ROOT, "Your Step 2 CK is pending: each scenario"
          + " draws a score from the model's distribution for %s applicants (mean %.0f,"
          + " shifted for your applicant type as the model does); the chances include that uncertainty. Re-run when you have the score.",
          set.specialtyFrame().name(), student.applicant().step2()));
    }
    return new Advice(set.specialtyFrame().name(), seed, set.scenarioCount(), list, caveats);
  }
}
