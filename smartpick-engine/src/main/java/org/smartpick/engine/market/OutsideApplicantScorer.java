package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Scores one applicant who is not part of a simulated market (the advisor's student) at the
 * programs of one replica, with the model's own rules: {@link ScreeningStage#fileScore},
 * {@link ScreeningStage#screenedOut}, {@link Backchannel#call}, {@link RankingStage#interviewDay}
 * and {@link RankingStage#rankScore} are called as they are, so the student is judged exactly like a
 * simulated applicant. Nothing here restates a formula.
 *
 * <p>Randomness: every (scenario, program) evaluation takes one seed and derives from it one
 * stream per call phase, one for screening noise, one for the interview day and one for ranking
 * noise ({@link #streamSeed}: the i-th value of {@code new SplittableRandom(seed)}, computed
 * without the object), so the evaluation with and without a signal share every draw (common random
 * numbers), a signal can only raise the review key and add to the calls, and the same seed gives
 * the same result.
 *
 * <p>O(1) per evaluation. Immutable; a {@link Student} is per scenario and not thread-safe.
 */
public final class OutsideApplicantScorer {
  private static final CyclePhase[] BEFORE = {CyclePhase.ERAS_SUBMITTED, CyclePhase.SCREENING,
      CyclePhase.BEFORE_INVITES};
  private static final CyclePhase[] AFTER = {CyclePhase.AFTER_INTERVIEWS,
      CyclePhase.RANKING_MEETINGS, CyclePhase.FINAL_ADJUSTMENTS};

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
  private static final int NOISE_STREAM = BEFORE.length + AFTER.length;
  private static final int DAY_STREAM = NOISE_STREAM + 1;
  private static final int RANK_STREAM = NOISE_STREAM + 2;

  private final MarketFrame frame;
  private final MarketParameters p;

  public OutsideApplicantScorer(MarketFrame frame, MarketParameters parameters) {
    this.frame = Objects.requireNonNull(frame, "frame");
    this.p = Objects.requireNonNull(parameters, "parameters");
  }

  /**
   * The outside applicant's fixed attributes in the model's units.
   *
   * @param type applicant group
   * @param specialty frame index of the specialty applied to
   * @param step2 Step 2 CK (USMLE scale)
   * @param step1Attempts Step 1 attempts (more than 1: a failed attempt)
   * @param research research items
   * @param letters letters latent (standard normal scale)
   * @param flags {@link RedFlag} bits as an int (see {@link #flagBit(String)})
   * @param owned true when the flags are owned (explained)
   * @param institution frame institution of the home school, -1 for none
   * @param region ordinal of the home Census region
   * @param rotations frame indices of away-rotation programs
   * @param advocateStanding ordinal of the strongest advocate's {@link Standing}, -1 for none
   * @param advocateKnows frame indices of programs whose PD an advocate knows
   */
  public record Applicant(ApplicantType type, int specialty, double step2, int step1Attempts,
      int research, double letters, int flags, boolean owned, int institution, int region,
      int[] rotations, int advocateStanding, int[] advocateKnows) {
    public Applicant {
      Objects.requireNonNull(type, "type");
      rotations = rotations.clone();
      advocateKnows = Arrays.stream(advocateKnows).distinct().sorted().toArray();
    }

    /** The same applicant with another Step 2 score. */
    public Applicant withStep2(double score) {
      return new Applicant(type, specialty, score, step1Attempts, research, letters, flags,
          owned, institution, region, rotations, advocateStanding, advocateKnows);
    }
  }

  /**
   * The seed of stream {@code index} (from 0) of an evaluation seeded with {@code seed}: exactly
   * the {@code index + 1}-th {@code nextLong()} of {@code new SplittableRandom(seed)} (gamma
   * {@code 0x9e3779b97f4a7c15}, Stafford's mix13 finaliser), in O(1) without allocating.
   */
  static long streamSeed(long seed, int index) {
    long z = seed + (index + 1) * GOLDEN_GAMMA;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /** The bit of a red flag by its model name (FAILED_ATTEMPT, LEAVE_OF_ABSENCE, PROFESSIONALISM). */
  public static int flagBit(String name) {
    return RedFlag.valueOf(name).bit();
  }

  /** The frame's institution at a program (-1 for a community program). */
  public int institutionOf(int program) {
    return frame.institutionOf(program);
  }

  /** The specialty's applicant mean Step 2 (used for a pending score). */
  public double applicantStep2Mean(int specialty) {
    return Standardizer.applicantStep2Mean(frame.specialties().get(specialty), p);
  }

  /**
   * A Step 2 score drawn exactly as the model draws its applicants' (the specialty's applicant
   * mean minus the type's shift, the model's spread), for a student whose score is pending.
   */
  public double drawStep2(int specialty, ApplicantType type, SplittableRandom random) {
    return ApplicantGenerator.drawStep2(random, frame.specialties().get(specialty), type, p);
  }

  /** The program's typical Step 2 in a replica (the {@code m_j} of the file score). */
  public static double typicalStep2(ProgramLatents latents, int program) {
    return latents.typicalStep2[program];
  }

  /** True when the program accepts signals in the replica. */
  public static boolean acceptsSignals(ProgramLatents latents, int program) {
    return latents.acceptsSignals[program];
  }

  /**
   * The applicant placed in one replica, with its own interview skill and reliability (the latent
   * qualities a student cannot know, drawn per scenario by the caller).
   */
  public Student student(ProgramLatents latents, Applicant a, double interviewSkill,
      double reliability) {
    return new Student(latents, a, interviewSkill, reliability);
  }

  /**
   * What happened to the outside applicant's application at one program; {@code reviewKey} is
   * what the program's invitation threshold is compared with ({@link CycleOutcome#reviewKey}).
   */
  public record Scored(double fileScore, double reviewKey, boolean screenedOut,
      double effectBefore, int callsBefore, double interviewDay, double effectAfter, int callsAfter,
      double rankScore) {
  }

  /**
   * The outside applicant in one replica: one application entry per program of the specialty,
   * and a call log reused by every evaluation without a caller's log (so not thread-safe).
   */
  public final class Student {
    private final ApplicantPool pool = new ApplicantPool(1);
    private final FacultyNetwork network;
    private final Applications apps;
    private final ScreeningStage screening;
    private final RankingStage ranking;
    private final Backchannel backchannel;
    private final CallLog scratch = new CallLog(NOISE_STREAM);
    private final int first;

    private Student(ProgramLatents latents, Applicant a, double interviewSkill,
        double reliability) {
      pool.set(0, a, interviewSkill, reliability);
      network = new FacultyNetwork(frame, pool);
      SpecialtyFrame s = frame.specialties().get(a.specialty());
      first = s.firstProgram();
      int n = s.programCount();
      int[] offset = {0, n};
      int[] program = new int[n];
      int[] status = new int[n];
      for (int k = 0; k < n; k++) {
        int j = first + k;
        program[k] = j;
        status[k] = (network.sameRegion(0, j) ? Applications.GEO : 0)
            | (network.rotated(0, j) ? Applications.ROTATION : 0)
            | (network.home(0, j) ? Applications.HOME : 0);
      }
      apps = new Applications(offset, program, status, new float[n]);
      screening = new ScreeningStage(frame, latents, p);
      ranking = new RankingStage(frame, p);
      backchannel = new Backchannel(frame, latents, p);
    }

    /** True when the program is in the student's home region (a geographic tie). */
    public boolean geographicTie(int program) {
      return apps.has(program - first, Applications.GEO);
    }

    /** True when the program is at the student's home school. */
    public boolean home(int program) {
      return apps.has(program - first, Applications.HOME);
    }

    /** True when the program's file screen (floor, DO/IMG openness) would stop the student. */
    public boolean screen(int program) {
      return screening.screenedOut(pool, 0, program);
    }

    /** Scores the student's application at a program (frame index), with or without a signal. */
    public Scored score(int program, boolean signal, long seed) {
      scratch.clear();
      return score(program, signal, seed, scratch);
    }

    /**
     * As {@link #score(int, boolean, long)}, appending the calls placed about the student (who,
     * phase, type, reason, effect) to {@code log}; the result does not depend on the log.
     */
    public Scored score(int program, boolean signal, long seed, CallLog log) {
      int callsAtStart = log.size();
      int e = program - first;
      apps.status[e] = signal ? apps.status[e] | Applications.SIGNAL
          : apps.status[e] & ~Applications.SIGNAL;
      double before = 0;
      for (int k = 0; k < BEFORE.length; k++) {
        before += (float) backchannel.call(pool, network, apps, e, 0, BEFORE[k], Double.NaN, log,
            new SplittableRandom(streamSeed(seed, k)));
      }
      int callsBefore = log.size() - callsAtStart;
      apps.effectBefore[e] = (float) before;
      apps.fileScore[e] = (float) screening.fileScore(pool, 0, apps, e,
          new SplittableRandom(streamSeed(seed, NOISE_STREAM)));
      screening.markReviewFirst(apps, e);
      double z = apps.fileScore[e];
      double key = apps.reviewKey(e);
      boolean out = screening.screenedOut(pool, 0, program) && apps.effectBefore[e] <= 0;
      double day = ranking.interviewDay(pool, 0, new SplittableRandom(streamSeed(seed, DAY_STREAM)));
      SpecialtyFrame s = frame.specialties().get(frame.specialtyOf(program));
      double gap = Standardizer.step2(pool.step2[0], s, p) - day;
      double after = 0;
      for (int k = 0; k < AFTER.length; k++) {
        after += (float) backchannel.call(pool, network, apps, e, 0, AFTER[k], gap, log,
            new SplittableRandom(streamSeed(seed, BEFORE.length + k)));
      }
      apps.effectAfter[e] = (float) after;
      double r = (float) ranking.rankScore(pool, 0, apps, e, day, new SplittableRandom(streamSeed(seed, RANK_STREAM)));
      apps.effectBefore[e] = 0;
      apps.effectAfter[e] = 0;
      return new Scored(z, key, out, before, callsBefore, day, after,
          log.size() - callsAtStart - callsBefore, r);
    }
  }
}
