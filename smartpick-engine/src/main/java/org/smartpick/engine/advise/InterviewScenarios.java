package org.smartpick.engine.advise;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.smartpick.engine.market.CallLog;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.OutsideApplicantScorer;

/**
 * The student after interviews at a few programs, in every scenario of a {@link ScenarioSet}:
 * per (scenario k, listed program i) the rank-score margin {@code r_ui − max(γ_ik,
 * doNotRankBelow)} (the student clears the program's cutoff iff it is ≥ 0, as in
 * {@link ChanceEstimator}), the part of the rank score that calls contributed
 * ({@code wBackchannel·(effect before + effect after)}), and every call placed about the student
 * at the listed programs. Having interviewed, the student is treated as invited in every scenario
 * (the invitation threshold is not applied to the margins); whether the file would have been
 * invited ({@link #invited}, as in {@link ChanceEstimator}) is kept for lists not yet
 * interviewed at. Draws are the student's own ({@link StudentDraws}),
 * so the same seed gives the numbers {@link ChanceEstimator} gives for the same programs.
 *
 * <p>Running time O(K·P) / T (the per-program seeds of every program are read to stay aligned).
 * Immutable after construction; thread-safe.
 */
public final class InterviewScenarios {
  private final ScenarioSet set;
  private final int[] programs;
  private final double[][] margin;
  private final double[][] callShift;
  private final boolean[][] invited;
  private final CallLog[] calls;

  private InterviewScenarios(ScenarioSet set, int[] programs, double[][] margin,
      double[][] callShift, boolean[][] invited, CallLog[] calls) {
    this.set = set;
    this.programs = programs;
    this.margin = margin;
    this.callShift = callShift;
    this.invited = invited;
    this.calls = calls;
  }

  /**
   * Evaluates the student at the listed programs (local indices of the set, distinct).
   *
   * @throws IllegalArgumentException for an index out of range, a repeat, or threads &lt; 1
   */
  public static InterviewScenarios evaluate(ScenarioSet set, StudentModel student, long seed,
      List<Integer> listed, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    int[] programs = listed.stream().mapToInt(Integer::intValue).toArray();
    if (IntStream.of(programs).distinct().count() != programs.length) {
      throw new IllegalArgumentException("programs: listed twice in " + listed);
    }
    for (int j : programs) {
      if (j < 0 || j >= set.programCount()) {
        throw new IllegalArgumentException("programs: index " + j + " is outside 0.."
            + (set.programCount() - 1));
      }
    }
    int scenarios = set.scenarioCount();
    long[] seeds = StudentDraws.sampleSeeds(seed, scenarios);
    OutsideApplicantScorer scorer = new OutsideApplicantScorer(set.frame(), set.parameters());
    double[][] margin = new double[scenarios][programs.length];
    double[][] shift = new double[scenarios][programs.length];
    boolean[][] invited = new boolean[scenarios][programs.length];
    CallLog[] calls = new CallLog[scenarios];
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, scenarios).parallel().forEach(k -> {
        calls[k] = new CallLog();
        scenario(set, scorer, student, k, seeds[k], programs, margin[k], shift[k], invited[k],
            calls[k]);
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interview scenarios interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("interview scenarios failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    return new InterviewScenarios(set, programs, margin, shift, invited, calls);
  }

  private static void scenario(ScenarioSet set, OutsideApplicantScorer scorer,
      StudentModel student, int k, long seed, int[] programs, double[] margin, double[] shift,
      boolean[] invited, CallLog log) {
    SplittableRandom random = new SplittableRandom(seed);
    OutsideApplicantScorer.Student s = StudentDraws.place(set, scorer, student, k, random);
    long[] programSeeds = new long[set.programCount()];
    for (int j = 0; j < programSeeds.length; j++) {
      programSeeds[j] = random.nextLong();
    }
    MarketParameters p = set.parameters();
    for (int i = 0; i < programs.length; i++) {
      int j = programs[i];
      OutsideApplicantScorer.Scored scored = s.score(set.frameIndex(j), false, programSeeds[j],
          log);
      margin[i] = scored.rankScore() - Math.max(set.cutoff(k, j), p.doNotRankBelow());
      shift[i] = p.wBackchannel() * (scored.effectBefore() + scored.effectAfter());
      invited[i] = ChanceEstimator.invited(scored, set.threshold(k, j));
    }
  }

  public ScenarioSet scenarios() {
    return set;
  }

  public int scenarioCount() {
    return margin.length;
  }

  /** Number of listed programs. */
  public int size() {
    return programs.length;
  }

  /** Local index (in the scenario set) of the i-th listed program. */
  public int program(int i) {
    return programs[i];
  }

  /** Rank-score margin over the program's cutoff in scenario k (≥ 0: the student clears it). */
  public double margin(int k, int i) {
    return margin[k][i];
  }

  /** True when the student clears the i-th program's cutoff in scenario k. */
  public boolean clears(int k, int i) {
    return margin[k][i] >= 0;
  }

  /**
   * True when the i-th program would invite the student in scenario k (not screened out, file
   * score at or over its threshold, no signal): the same as {@link Chances#invited} for the same
   * seed.
   */
  public boolean invited(int k, int i) {
    return invited[k][i];
  }

  /** The rank-score contribution of the calls about the student at the i-th program. */
  public double callShift(int k, int i) {
    return callShift[k][i];
  }

  /** The calls placed about the student at the listed programs in scenario k (frame indices). */
  public CallLog calls(int k) {
    return calls[k];
  }
}
