package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.MatchResult;

/**
 * Everything one simulated cycle produced, for summaries, calibration and the advisor's cutoff
 * shortcut: per applicant (type, specialty, Step 2, flags, applications, signals, interviews,
 * ranks, match), per program (positions, applications, invitations, interviews, ranked, filled,
 * invitation threshold, rank cutoff), per application (status and file score), every call, and the
 * Match instance and result.
 *
 * <p>Program and specialty indices refer to {@link #frame()}. Read-only; thread-safe to read.
 */
public final class CycleOutcome {
  private final MarketFrame frame;
  private final long seed;
  private final ProgramLatents latents;
  private final ApplicantPool pool;
  private final Applications apps;
  private final CallLog calls;
  private final double[] invitationThreshold;
  private final double[] rankCutoff;
  private final int[] ranks;
  private final int[] contiguousRanks;
  private final int[] matchIndex;
  private final MatchInstance instance;
  private final MatchResult result;

  CycleOutcome(MarketFrame frame, long seed, ProgramLatents latents, ApplicantPool pool,
      Applications apps, CallLog calls, double[] invitationThreshold, double[] rankCutoff,
      int[] ranks, int[] contiguousRanks, int[] matchIndex, MatchInstance instance,
      MatchResult result) {
    this.frame = frame;
    this.seed = seed;
    this.latents = latents;
    this.pool = pool;
    this.apps = apps;
    this.calls = calls;
    this.invitationThreshold = invitationThreshold;
    this.rankCutoff = rankCutoff;
    this.ranks = ranks;
    this.contiguousRanks = contiguousRanks;
    this.matchIndex = matchIndex;
    this.instance = instance;
    this.result = result;
  }

  public MarketFrame frame() {
    return frame;
  }

  /** The seed this cycle was simulated from. */
  public long seed() {
    return seed;
  }

  /** The applicants' latent attributes (package-private: for the model's own tests). */
  ApplicantPool pool() {
    return pool;
  }

  public CallLog calls() {
    return calls;
  }

  /** The program latents of this replica (reputation, floors, high-profile). */
  public ProgramLatents programLatents() {
    return latents;
  }

  /** The Match as submitted (applicant indices are Match indices, see {@link #matchIndex}). */
  public MatchInstance matchInstance() {
    return instance;
  }

  public MatchResult matchResult() {
    return result;
  }

  // ----- applicants -----

  public int applicantCount() {
    return pool.size;
  }

  /** The applicant's index in {@link #matchInstance()} (couples are added member by member). */
  public int matchIndex(int applicant) {
    return matchIndex[applicant];
  }

  public ApplicantType type(int applicant) {
    return pool.type[applicant];
  }

  /** Frame index of the applicant's preferred (primary) specialty. */
  public int specialty(int applicant) {
    return pool.specialty[applicant];
  }

  /** Frame index of the backup specialty, or -1. */
  public int backupSpecialty(int applicant) {
    return pool.backup[applicant];
  }

  /** True for an applicant of a one-specialty scope who comes from another specialty as backup. */
  public boolean backupOnly(int applicant) {
    return pool.backupOnly[applicant];
  }

  public double step2(int applicant) {
    return pool.step2[applicant];
  }

  public int step1Attempts(int applicant) {
    return pool.step1Attempts[applicant];
  }

  public int research(int applicant) {
    return pool.research[applicant];
  }

  /** The applicant's red flags as a {@link RedFlag} bit set. */
  public int flags(int applicant) {
    return pool.flags[applicant];
  }

  /** True if the applicant owns (has explained) their flags. */
  public boolean flagsOwned(int applicant) {
    return pool.owned[applicant];
  }

  /** The couple partner, or -1 for a single applicant. */
  public int partner(int applicant) {
    return pool.partner[applicant];
  }

  public int applications(int applicant) {
    return apps.offset[applicant + 1] - apps.offset[applicant];
  }

  public int signals(int applicant) {
    return countStatus(applicant, Applications.SIGNAL);
  }

  public int invitations(int applicant) {
    return countStatus(applicant, Applications.INVITED);
  }

  public int interviews(int applicant) {
    return countStatus(applicant, Applications.INTERVIEWED);
  }

  private int countStatus(int applicant, int bit) {
    int count = 0;
    for (int e = apps.offset[applicant]; e < apps.offset[applicant + 1]; e++) {
      count += apps.has(e, bit) ? 1 : 0;
    }
    return count;
  }

  /** Distinct programs on the applicant's rank list (for couple members: their side). */
  public int ranks(int applicant) {
    return ranks[applicant];
  }

  /** Programs of the preferred specialty ranked before any other specialty. */
  public int contiguousRanks(int applicant) {
    return contiguousRanks[applicant];
  }

  /** Frame index of the matched program, or -1 when unmatched. */
  public int matchedProgram(int applicant) {
    int program = result.programOf(matchIndex[applicant]);
    return program == MatchInstance.NONE ? -1 : program;
  }

  /** 1-based position on the rank list where the applicant matched (couples: the pair), 0 if not. */
  public int matchedRank(int applicant) {
    return result.matchedRank(matchIndex[applicant]);
  }

  /** True if matched in the preferred specialty. */
  public boolean matchedInPreferred(int applicant) {
    int program = matchedProgram(applicant);
    return program >= 0 && frame.specialtyOf(program) == pool.specialty[applicant];
  }

  // ----- applications -----

  /** First application entry of the applicant (entries run to {@code applicationStart(i+1)}). */
  public int applicationStart(int applicant) {
    return apps.offset[applicant];
  }

  public int applicationProgram(int entry) {
    return apps.program[entry];
  }

  /** True if the applicant signalled the program of this application. */
  public boolean signalled(int entry) {
    return apps.has(entry, Applications.SIGNAL);
  }

  /** True if the program is in the applicant's home region. */
  public boolean geographicTie(int entry) {
    return apps.has(entry, Applications.GEO);
  }

  /** True if the applicant did an away rotation at the program. */
  public boolean rotated(int entry) {
    return apps.has(entry, Applications.ROTATION);
  }

  public boolean invited(int entry) {
    return apps.has(entry, Applications.INVITED);
  }

  public boolean interviewed(int entry) {
    return apps.has(entry, Applications.INTERVIEWED);
  }

  /** The program's file score of this application (the z of the screening rule). */
  public double fileScore(int entry) {
    return apps.fileScore[entry];
  }

  /**
   * The order in which the program reviewed this file: the file score, plus
   * {@code Applications.FIRST_STAGE} (1000) for a signalled file it reviewed first.
   */
  public double reviewKey(int entry) {
    return apps.reviewKey(entry);
  }

  /** The program's rank score of this application, NaN unless interviewed. */
  public double rankScore(int entry) {
    return apps.rankScore[entry];
  }

  // ----- programs -----

  public int programCount() {
    return frame.programCount();
  }

  /** Positions of the program (estimated: NRMP totals split over catalog programs). */
  public int positions(int program) {
    return instance.capacity(program);
  }

  public int filled(int program) {
    return result.filled(program);
  }

  /** Applicants the program ranked. */
  public int ranked(int program) {
    return instance.programRankList(program).length;
  }

  /**
   * The lowest {@link #reviewKey} the program invited when it filled its interview slots, −∞ when
   * it did not (then every file it did not screen out was invited).
   */
  public double invitationThreshold(int program) {
    return invitationThreshold[program];
  }

  /** Rank score of the last applicant the program matched, −∞ if it did not fill. */
  public double rankCutoff(int program) {
    return rankCutoff[program];
  }
}
