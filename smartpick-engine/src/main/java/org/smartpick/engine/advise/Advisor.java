package org.smartpick.engine.advise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartpick.engine.domain.profile.ApplicantProfile;

/**
 * The advise use case on a built {@link ScenarioSet}: the profile in model units
 * ({@link StudentModel}), its chances ({@link ChanceEstimator}) and the optimized list
 * ({@link ApplicationListOptimizer}), with the caveats that go with the numbers. The student's
 * draws are seeded from the run seed, so the same set, profile and seed give the same advice for
 * any thread count. Running time O(K·P/T + lazy greedy). Immutable; thread-safe.
 */
public final class Advisor {
  /** Always shown with advice numbers. */
  public static final String MODEL_CAVEAT = "Estimated: every chance comes from simulations of a"
      + " market model that is not yet fully calibrated to NRMP data; read the numbers as"
      + " estimates with the intervals shown, not as facts.";
  private static final long STUDENT_SEED_MIX = 0x5DEECE66DL;

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
    Chances chances = new ChanceEstimator(threads).estimate(set, student,
        seed ^ STUDENT_SEED_MIX);
    ApplicationAdvice list = new ApplicationListOptimizer().optimize(chances, profile, fees,
        seed);
    List<String> caveats = new ArrayList<>();
    caveats.add(MODEL_CAVEAT);
    return new Advice(set.specialtyFrame().name(), seed, set.scenarioCount(), list, caveats);
  }
}
