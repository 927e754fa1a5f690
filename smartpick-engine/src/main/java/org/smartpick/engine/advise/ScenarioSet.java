package org.smartpick.engine.advise;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.smartpick.engine.market.CycleOutcome;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketScope;
import org.smartpick.engine.market.ProgramLatents;
import org.smartpick.engine.market.SpecialtyFrame;
import org.smartpick.engine.simulate.MonteCarlo;

/**
 * K seeded scenarios of one specialty's market <em>without</em> the student: one
 * {@code CycleSimulator} run per scenario (seeds split from the run seed exactly as
 * {@link MonteCarlo} splits them), keeping per scenario only what the advisor's cutoff shortcut
 * needs (ARCHITECTURE.md, "large-market insight"): each program's invitation threshold
 * {@code t_jk} and rank cutoff {@code γ_jk} as primitive arrays, and the scenario's
 * {@link ProgramLatents} (typical Step 2, floors, openness, signals, reputation), which the model's
 * own rules need to score an outside applicant. The outcome itself (applicants, calls, Match) is
 * dropped after extraction, so memory is O(K·P).
 *
 * <p>Same (specialty, parameters, seed, K) ⇒ the same set, bit for bit, for any thread count.
 * Building costs K replicas of the specialty's cycle / T threads; callers that reuse sets keep
 * them (the app's scenario cache). Immutable and thread-safe.
 */
public final class ScenarioSet {

  private final MarketFrame frame;
  private final MarketParameters parameters;
  private final int specialty;
  private final long seed;
  private final double[][] threshold;
  private final double[][] cutoff;
  private final ProgramLatents[] latents;

  private ScenarioSet(MarketFrame frame, MarketParameters parameters, int specialty, long seed,
      double[][] threshold, double[][] cutoff, ProgramLatents[] latents) {
    this.frame = frame;
    this.parameters = parameters;
    this.specialty = specialty;
    this.seed = seed;
    this.threshold = threshold;
    this.cutoff = cutoff;
    this.latents = latents;
  }

  /**
   * Builds K scenarios of a specialty's market.
   *
   * @param specialtyName NRMP or catalog name
   * @param threads worker threads (results do not depend on it)
   * @param cancelled checked before each scenario starts
   * @throws IllegalArgumentException for an unknown specialty or K &lt; 1
   * @throws CancellationException when {@code cancelled} turned true before the last scenario
   */
  public static ScenarioSet build(String specialtyName, MarketParameters parameters, long seed,
      int scenarios, int threads, MonteCarlo.Progress progress, BooleanSupplier cancelled) {
    Objects.requireNonNull(parameters, "parameters");
    MarketFrame frame = MarketFrame.of(MarketScope.specialty(specialtyName), parameters);
    int s = specialtyIndex(frame, specialtyName);
    SpecialtyFrame sf = frame.specialties().get(s);
    int first = sf.firstProgram();
    int n = sf.programCount();
    List<Object[]> parts = new MonteCarlo(scenarios, threads).replicate(frame, parameters, seed,
        outcome -> extract(outcome, first, n), progress, cancelled);
    if (parts.contains(null)) {
      throw new CancellationException("scenario building cancelled");
    }
    double[][] threshold = new double[scenarios][];
    double[][] cutoff = new double[scenarios][];
    ProgramLatents[] latents = new ProgramLatents[scenarios];
    for (int k = 0; k < scenarios; k++) {
      Object[] part = parts.get(k);
      threshold[k] = (double[]) part[0];
      cutoff[k] = (double[]) part[1];
      latents[k] = (ProgramLatents) part[2];
    }
    return new ScenarioSet(frame, parameters, s, seed, threshold, cutoff, latents);
  }

  private static Object[] extract(CycleOutcome outcome, int first, int n) {
    double[] t = new double[n];
    double[] g = new double[n];
    for (int k = 0; k < n; k++) {
      t[k] = outcome.invitationThreshold(first + k);
      g[k] = outcome.rankCutoff(first + k);
    }
    return new Object[] {t, g, outcome.programLatents()};
  }

  private static int specialtyIndex(MarketFrame frame, String name) {
    List<String> names = new ArrayList<>();
    for (int s = 0; s < frame.specialties().size(); s++) {
      names.add(frame.specialties().get(s).name());
      if (frame.specialties().get(s).name().equalsIgnoreCase(name)) {
        return s;
      }
    }
    if (frame.specialties().size() == 1) {
      return 0;
    }
    throw new IllegalArgumentException("specialty \"" + name + "\" is not in the frame " + names);
  }

  public MarketFrame frame() {
    return frame;
  }

  public MarketParameters parameters() {
    return parameters;
  }

  /** Frame index of the specialty. */
  public int specialty() {
    return specialty;
  }

  public SpecialtyFrame specialtyFrame() {
    return frame.specialties().get(specialty);
  }

  /** The run seed the scenarios were split from. */
  public long seed() {
    return seed;
  }

  public int scenarioCount() {
    return threshold.length;
  }

  /** Programs of the specialty (local index 0..n-1 = frame index − first program). */
  public int programCount() {
    return specialtyFrame().programCount();
  }

  /** Frame index of local program {@code j}. */
  public int frameIndex(int j) {
    return specialtyFrame().firstProgram() + j;
  }

  /** Invitation threshold t_jk: lowest invited file score, −∞ when every eligible file was invited. */
  public double threshold(int scenario, int j) {
    return threshold[scenario][j];
  }

  /** Rank cutoff γ_jk: rank score of the last matched applicant, −∞ when the program did not fill. */
  public double cutoff(int scenario, int j) {
    return cutoff[scenario][j];
  }

  /** The program latents of scenario k (frame indices). */
  public ProgramLatents latents(int scenario) {
    return latents[scenario];
  }
}
