package org.smartpick.engine.advise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/**
 * The advise use case on a built {@link ScenarioSet}: the profile in model units
 * ({@link StudentModel}), its chances ({@link ChanceEstimator}) and the optimized list
 * ({@link ApplicationListOptimizer}), chosen on one set of the student's draws and reported on an
 * independent one (held out), with the caveats that go with the numbers. The student's
 * draws are seeded from the run seed, so the same set, profile and seed give the same advice for
 * any thread count. Running time O(K·P/T + lazy greedy). Immutable; thread-safe.
 */
public final class Advisor {
  /** Always shown with advice numbers. */
  public static final String MODEL_CAVEAT = "Estimated: every chance comes from simulations of a"
      + " market model that is not yet fully calibrated to NRMP data; read the numbers as"
      + " estimates with the intervals shown, not as facts.";
  private static final long STUDENT_SEED_MIX = 0x5DEECE66DL;
  private static final long HOLDOUT_SEED_MIX = 0x2545F4914F6CDD1DL;

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

  /** Advice for a profile on the scenarios of its specialty. */
  public Advice advise(ScenarioSet set, ApplicantProfile profile, long seed) {
    StudentModel student = StudentModel.of(profile, set);
    ChanceEstimator estimator = new ChanceEstimator(threads);
    Chances chances = estimator.estimate(set, student, seed ^ STUDENT_SEED_MIX);
    Chances holdout = estimator.estimate(set, student, seed ^ HOLDOUT_SEED_MIX);
    ApplicationAdvice list = new ApplicationListOptimizer().optimize(chances, holdout, profile,
        fees, seed);
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
