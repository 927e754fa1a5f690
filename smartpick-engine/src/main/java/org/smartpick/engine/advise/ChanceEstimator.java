package org.smartpick.engine.advise;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.smartpick.engine.domain.Program;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.OutsideApplicantScorer;
import org.smartpick.engine.market.ProgramLatents;

/**
 * The student's chances by the advisor's cutoff shortcut (MODEL.md, "The advisor's shortcut"):
 * in scenario k the student, with their own draws, is scored at every program j by the model's
 * own rules ({@link OutsideApplicantScorer}); they are invited iff the file is not screened out and
 * {@code z_uj ≥ t_jk}, and would match at j iff invited, ranked ({@code r_uj ≥ doNotRankBelow})
 * and {@code r_uj ≥ γ_jk}. Applying to a list is then applicant-proposing: the student matches at
 * the most preferred program of the list where they would match. Estimates are shares of
 * scenarios with 95% Wilson intervals; each comes with an {@link Explanation}.
 *
 * <p>Student draws: per sample (a scenario with one set of the student's draws), interview skill
 * (and reliability unless rotation outcomes give it) and one seed per program, split from the
 * estimator seed in sample order, so the same seed gives the same result for any thread count;
 * with and without a signal share every draw; a pending Step 2 is drawn per sample. With D draws
 * per scenario, sample {@code s = d·K + k} is scenario {@code k} with draw {@code d}, so the first
 * K samples are exactly the one-draw estimation with the same seed. The interview cap applies to
 * lists ({@link ListOutcome}). Not modelled: the student's own message to their top program (rare,
 * small). Running time O(D·K·P) / T. Stateless; thread-safe.
 */
public final class ChanceEstimator {
  private final int threads;

  /** An estimator using {@code threads} worker threads (at least 1). */
  public ChanceEstimator(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1, was " + threads);
    }
    this.threads = threads;
  }

  /** The chances of a student (in model units) over every scenario of the set, one draw each. */
  public Chances estimate(ScenarioSet set, StudentModel student, long seed) {
    return estimate(set, student, seed, 1);
  }

  /**
   * The chances over {@code draws} independent sets of the student's draws in every scenario
   * (K·D samples). More draws per scenario average out the student's luck, so a list chosen on
   * them overfits less; the per-program intervals treat the samples as independent, which they
   * are not within a scenario, so report from a one-draw estimation.
   */
  public Chances estimate(ScenarioSet set, StudentModel student, long seed, int draws) {
    boolean[] all = new boolean[set.programCount()];
    Arrays.fill(all, true);
    return estimate(set, student, seed, draws, all);
  }

  /**
   * As {@link #estimate(ScenarioSet, StudentModel, long, int)}, scoring the with-signal variant
   * only at the programs in {@code signalled}: elsewhere the with-signal outcomes and estimates
   * are the no-signal ones, as at a program that takes no signals. Every draw is the same, so the
   * no-signal outcomes everywhere, and every outcome at {@code signalled} programs, are those of
   * the full estimation.
   */
  public Chances estimate(ScenarioSet set, StudentModel student, long seed, int draws,
      boolean[] signalled) {
    if (draws < 1) {
      throw new IllegalArgumentException("draws must be at least 1, was " + draws);
    }
    boolean[] all = new boolean[set.programCount()];
    Arrays.fill(all, true);
    int samples = Math.multiplyExact(set.scenarioCount(), draws);
    Draws d = run(set, student, seed, samples, all, signalled);
    List<Chances.ProgramChance> programs = new ArrayList<>(all.length);
    for (int j = 0; j < all.length; j++) {
      programs.add(summarise(set, student, j, draws, d));
    }
    return new Chances(set, seed, draws, d.outcome, programs);
  }

  /**
   * {@code chances} (an estimation of {@code student} by this class) with the with-signal variant
   * scored at the programs in {@code signalled} as well, on the same draws: equal to the full
   * estimation there, at a cost in those programs only (and the student's placement per sample).
   */
  public Chances withSignals(Chances chances, StudentModel student, boolean[] signalled) {
    ScenarioSet set = chances.scenarios();
    int samples = chances.sampleCount();
    Draws d = run(set, student, chances.seed(), samples, signalled, signalled);
    List<Chances.ProgramChance> programs = new ArrayList<>(chances.programs());
    for (int s = 0; s < samples; s++) {
      for (int j = 0; j < signalled.length; j++) {
        if (!signalled[j]) {
          d.outcome[s][j] = (byte) chances.bits(s, j);
        }
      }
    }
    for (int j = 0; j < signalled.length; j++) {
      if (signalled[j]) {
        programs.set(j, summarise(set, student, j, chances.drawsPerScenario(), d));
      }
    }
    return new Chances(set, chances.seed(), chances.drawsPerScenario(), d.outcome, programs);
  }

  // Per (sample, program): outcome bits, call effects before and after interviews, screened out.
  private record Draws(byte[][] outcome, float[][] before, float[][] after, byte[][] screened) {
  }

  // Scores the programs in `scored` on every sample (the with-signal variant at `signalled`).
  private Draws run(ScenarioSet set, StudentModel student, long seed, int samples,
      boolean[] scored, boolean[] signalled) {
    int scenarios = set.scenarioCount();
    int n = set.programCount();
    long[] seeds = StudentDraws.sampleSeeds(seed, samples);
    OutsideApplicantScorer scorer = new OutsideApplicantScorer(set.frame(), set.parameters());
    Draws d = new Draws(new byte[samples][], new float[samples][], new float[samples][],
        new byte[samples][]);
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      pool.submit(() -> IntStream.range(0, samples).parallel().forEach(s -> {
        d.outcome[s] = new byte[n];
        d.before[s] = new float[n];
        d.after[s] = new float[n];
        d.screened[s] = new byte[n];
        scenario(set, scorer, student, s % scenarios, seeds[s], scored, signalled, d, s);
      })).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("chance estimation interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("chance estimation failed", e.getCause());
    } finally {
      pool.shutdown();
    }
    return d;
  }

  // One sample: the student's draws, then invited/match without and (at signalled programs)
  // with a signal at each scored program; every program's seed is drawn, scored or not.
  private static void scenario(ScenarioSet set, OutsideApplicantScorer scorer,
      StudentModel student, int k, long seed, boolean[] scored, boolean[] signalled, Draws d,
      int sample) {
    byte[] outcome = d.outcome[sample];
    float[] before = d.before[sample];
    float[] after = d.after[sample];
    byte[] screened = d.screened[sample];
    SplittableRandom random = new SplittableRandom(seed);
    OutsideApplicantScorer.Student s = StudentDraws.place(set, scorer, student, k, random);
    ProgramLatents latents = set.latents(k);
    double floor = set.parameters().doNotRankBelow();
    for (int j = 0; j < outcome.length; j++) {
      long programSeed = random.nextLong();
      if (!scored[j]) {
        continue;
      }
      int f = set.frameIndex(j);
      OutsideApplicantScorer.Scored plain = s.score(f, false, programSeed);
      OutsideApplicantScorer.Scored signal =
          signalled[j] && OutsideApplicantScorer.acceptsSignals(latents, f)
          ? s.score(f, true, programSeed) : plain;
      int bits = 0;
      if (invited(plain, set.threshold(k, j))) {
        bits |= Chances.INVITED;
        if (ranksOver(plain, set.cutoff(k, j), floor)) {
          bits |= Chances.MATCH;
        }
      }
      if (invited(signal, set.threshold(k, j))) {
        bits |= Chances.INVITED_SIGNAL;
        if (ranksOver(signal, set.cutoff(k, j), floor)) {
          bits |= Chances.MATCH_SIGNAL;
        }
      }
      outcome[j] = (byte) bits;
      before[j] = plain.callsBefore() > 0 ? (float) plain.effectBefore() : Float.NaN;
      after[j] = plain.callsAfter() > 0 ? (float) plain.effectAfter() : Float.NaN;
      screened[j] = (byte) (plain.screenedOut() ? 1 : 0);
    }
  }

  // Invited: not screened out and a review key at or over the program's threshold.
  static boolean invited(OutsideApplicantScorer.Scored scored, double threshold) {
    return !scored.screenedOut() && scored.reviewKey() >= threshold;
  }

  // Matched if ranked: on the program's list and at or over its cutoff.
  static boolean ranksOver(OutsideApplicantScorer.Scored scored, double cutoff, double floor) {
    return scored.rankScore() >= floor && scored.rankScore() >= cutoff;
  }

  private static Chances.ProgramChance summarise(ScenarioSet set, StudentModel student, int j,
      int draws, Draws d) {
    byte[][] outcome = d.outcome;
    float[][] before = d.before;
    float[][] after = d.after;
    byte[][] screened = d.screened;
    int samples = outcome.length;
    int replicas = set.scenarioCount();
    String trials = draws == 1 ? "scenarios" : String.format(Locale.ROOT,
        "samples (%d scenarios × %d draws of yours)", replicas, draws);
    int invited = 0;
    int invitedSignal = 0;
    int matched = 0;
    int matchedSignal = 0;
    int screenedOut = 0;
    int callsBefore = 0;
    int callsAfter = 0;
    double effectBefore = 0;
    double effectAfter = 0;
    double typical = 0;
    double reputation = 0;
    int f = set.frameIndex(j);
    for (int k = 0; k < samples; k++) {
      invited += (outcome[k][j] & Chances.INVITED) != 0 ? 1 : 0;
      invitedSignal += (outcome[k][j] & Chances.INVITED_SIGNAL) != 0 ? 1 : 0;
      matched += (outcome[k][j] & Chances.MATCH) != 0 ? 1 : 0;
      matchedSignal += (outcome[k][j] & Chances.MATCH_SIGNAL) != 0 ? 1 : 0;
      screenedOut += screened[k][j];
      if (!Float.isNaN(before[k][j])) {
        callsBefore++;
        effectBefore += before[k][j];
      }
      if (!Float.isNaN(after[k][j])) {
        callsAfter++;
        effectAfter += after[k][j];
      }
      typical += OutsideApplicantScorer.typicalStep2(set.latents(k % replicas), f);
      reputation += set.latents(k % replicas).reputation(f);
    }
    typical /= samples;
    reputation /= samples;
    Program program = set.frame().program(f);
    Estimate interview = Estimate.of(invited, samples);
    Estimate withSignal = Estimate.of(invitedSignal, samples);
    Estimate match = Estimate.of(matched, samples);
    MarketParameters p = set.parameters();
    OutsideApplicantScorer.Applicant a = student.applicant();
    List<Explanation.Factor> why = new ArrayList<>();
    double gap = a.step2() - typical;
    why.add(new Explanation.Factor("step2", p.aScore() * gap / p.step2Sd(), student.step2Pending()
        ? String.format(Locale.ROOT, "Step 2 pending: drawn in each scenario from the"
            + " specialty's applicants of your type (centre %.0f, spread ±%.0f), %.0f points %s"
            + " this program's typical at the centre", a.step2(), p.step2Sd(), Math.abs(gap),
            gap < 0 ? "under" : "over")
        : String.format(Locale.ROOT, "Step 2 %.0f points %s this program's typical (%+.2f on the"
            + " file score)", Math.abs(gap), gap < 0 ? "under" : "over",
            p.aScore() * gap / p.step2Sd())));
    boolean rotated = false;
    for (int r : a.rotations()) {
      rotated |= r == f;
    }
    boolean advocateKnows = java.util.Arrays.binarySearch(a.advocateKnows(), f) >= 0;
    if (rotated) {
      why.add(new Explanation.Factor("rotation", p.aRotation(), String.format(Locale.ROOT,
          "rotated here: %+.2f on the file score, and the supervisors may call", p.aRotation())));
    }
    if (a.institution() >= 0 && set.frame().institutionOf(f) == a.institution()) {
      why.add(new Explanation.Factor("home", p.aHome(), String.format(Locale.ROOT,
          "your home program: %+.2f on the file score", p.aHome())));
    }
    if (a.region() >= 0 && program.region().ordinal() == a.region()) {
      why.add(new Explanation.Factor("geography", p.aGeo(), String.format(Locale.ROOT,
          "in your home region: %+.2f on the file score", p.aGeo())));
    }
    if (a.flags() != 0) {
      double w = Integer.bitCount(a.flags()) * (a.owned() ? p.ownedFlagDiscount() : 1);
      why.add(new Explanation.Factor("flags", -p.aFlag() * w, String.format(Locale.ROOT,
          "red flag%s%s: %+.2f on the file score", Integer.bitCount(a.flags()) > 1 ? "s" : "",
          a.owned() ? " (owned)" : "", -p.aFlag() * w)));
    }
    double typePenalty = switch (a.type()) {
      case US_MD_SENIOR -> 0;
      case US_DO_SENIOR -> p.aDo();
      case US_IMG, NON_US_IMG -> p.aImg();
    };
    if (typePenalty > 0) {
      why.add(new Explanation.Factor("applicantType", -typePenalty, String.format(Locale.ROOT,
          "%s applicant: %+.2f on the file score", a.type().name(), -typePenalty)));
    }
    if (screenedOut > 0) {
      why.add(new Explanation.Factor("screen", (double) screenedOut / samples, String.format(
          Locale.ROOT, "screened out (score floor or not open to your applicant type) in %.0f%%"
              + " of scenarios", 100.0 * screenedOut / samples)));
    }
    if (callsBefore > 0) {
      why.add(new Explanation.Factor("callsBefore", effectBefore / callsBefore, String.format(
          Locale.ROOT, "%s: a call before invitations in %.0f%% of scenarios, mean effect %+.2f",
          advocateKnows ? "your advocate knows this PD" : rotated ? "rotated here"
              : "faculty here know your school", 100.0 * callsBefore / samples,
          effectBefore / callsBefore)));
    }
    double ratio = oddsRatio(invitedSignal, invited, samples);
    why.add(new Explanation.Factor("signal", ratio, Double.isFinite(ratio)
        ? String.format(Locale.ROOT, "signal: ×%.1f interview odds (%.0f%% → %.0f%%)", ratio,
            100 * interview.p(), 100 * withSignal.p())
        : String.format(Locale.ROOT, "signal: %.0f%% → %.0f%% interview chance",
            100 * interview.p(), 100 * withSignal.p())));
    Explanation interviewWhy = new Explanation(String.format(Locale.ROOT,
        "invited in %d of %d %s (file score at or over the program's lowest invited file)",
        invited, samples, trials), why);
    List<Explanation.Factor> matchWhy = new ArrayList<>();
    matchWhy.add(new Explanation.Factor("rankCutoff", invited == 0 ? Double.NaN
        : (double) matched / invited, invited == 0 ? "never invited, so never ranked"
        : String.format(Locale.ROOT, "when invited, your rank score clears the program's"
            + " last matched applicant in %.0f%% of scenarios", 100.0 * matched / invited)));
    if (callsAfter > 0) {
      matchWhy.add(new Explanation.Factor("callsAfter", effectAfter / callsAfter, String.format(
          Locale.ROOT, "calls after interviews in %.0f%% of scenarios, mean effect %+.2f on the"
              + " rank score (backchannel weight %.2f)", 100.0 * callsAfter / samples,
          effectAfter / callsAfter, p.wBackchannel())));
    }
    Explanation matchExplanation = new Explanation(String.format(Locale.ROOT,
        "would match here in %d of %d %s if you applied and ranked it", matched,
        samples, trials), matchWhy);
    return new Chances.ProgramChance(j, program.acgmeId(), program.name(), program.state().name(),
        program.academic(), program.positions().orElse(0), reputation, interview, withSignal,
        match, Estimate.of(matchedSignal, samples), interviewWhy, matchExplanation);
  }

  // Odds ratio of two shares out of the same trials (NaN when a share is 0 or 1).
  static double oddsRatio(int with, int without, int trials) {
    if (with == 0 || without == 0 || with == trials || without == trials) {
      return Double.NaN;
    }
    double a = (double) with / (trials - with);
    double b = (double) without / (trials - without);
    return a / b;
  }
}
