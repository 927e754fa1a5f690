package org.smartpick.engine.market;

import java.util.SplittableRandom;

/**
 * The backchannel layer: for every (applicant, program) pair in a phase, whether a call happens,
 * who makes it, its type and reason, and its effect. The probability of a call is
 * {@code logistic(c0 + Σ c_t·x_t)} over the triggers that count in the phase (competitive
 * specialty or high-profile program, a school tie, a rotation there, a glaring mismatch, an active
 * advocate); a call needs an edge of the {@link FacultyNetwork} (the one exception: an advocate may
 * call a program they do not know when the applicant signalled it, and is then "unknown").
 * Effects: endorsements move the applicant up with the published probabilities (known caller
 * ≈0.41–0.52, unknown ≈0.14, own message ≈0.03), scaled by the caller's standing; a home program
 * with doubts gives a polite negative; vetting reveals unowned flags, and an owned flag with a
 * credible senior advocate is largely offset.
 *
 * <p>Sources: seed notes (call types, triggers, reasons, phases); ophthalmology and OBGYN program
 * director surveys (calibration targets T26–T28). Running time O(1) per pair. Stateless.
 */
final class Backchannel {
  private final MarketFrame frame;
  private final ProgramLatents latents;
  private final MarketParameters p;

  Backchannel(MarketFrame frame, ProgramLatents latents, MarketParameters p) {
    this.frame = frame;
    this.latents = latents;
    this.p = p;
  }

  MarketFrame frame() {
    return frame;
  }

  MarketParameters parameters() {
    return p;
  }

  /** Who is on the applicant's side of a call, or null when no edge carries one. */
  record Caller(CallerRole role, Standing standing, boolean known) {
  }

  /**
   * Places the calls of one phase about one application; returns the summed effect.
   *
   * @param interviewGap Step 2 minus interview-day performance (standard units), NaN before
   *     interviews
   */
  double call(ApplicantPool pool, FacultyNetwork network, Applications apps, int entry,
      int i, CyclePhase phase, double interviewGap, CallLog log, SplittableRandom random) {
    int j = apps.program[entry];
    if (network.home(i, j)) {
      return 0;
    }
    boolean signalled = apps.has(entry, Applications.SIGNAL);
    Caller caller = caller(pool, network, i, j, phase, signalled);
    if (caller == null) {
      return 0;
    }
    boolean mismatch = fileMismatch(pool, i) || interviewGap > p.mismatchGap();
    double probability = Draws.logistic(linearPredictor(pool, network, i, j, phase, mismatch));
    if (!Draws.chance(random, probability)) {
      return 0;
    }
    CallType type = type(pool, i, phase, caller);
    double effect = effect(pool, i, type, caller, random);
    log.add(new CallLog.Call(i, j, phase, type, reason(pool, i, type, mismatch, random), caller.role(),
        caller.standing(), caller.known(), effect));
    return effect;
  }

  // c0 plus the coefficient of every trigger present that counts in this phase.
  double linearPredictor(ApplicantPool pool, FacultyNetwork network, int i, int j,
      CyclePhase phase, boolean mismatch) {
    double x = p.c0();
    boolean competitive = frame.specialties().get(frame.specialtyOf(j)).competitive()
        || latents.highProfile[j];
    if (competitive && phase.counts(CyclePhase.Trigger.COMPETITIVE)) {
      x += p.cCompetitive();
    }
    if (network.knowsSchool(i, j) && phase.counts(CyclePhase.Trigger.TIE)) {
      x += p.cTie();
    }
    if (network.rotated(i, j) && phase.counts(CyclePhase.Trigger.ROTATION)) {
      x += p.cRotation();
    }
    if (mismatch && phase.counts(CyclePhase.Trigger.MISMATCH)) {
      x += p.cMismatch();
    }
    if (pool.advocate[i] >= 0 && phase.counts(CyclePhase.Trigger.ADVOCATE)) {
      x += p.cAdvocate();
    }
    return x;
  }

  // A glaring mismatch: scores and letters far apart, or any red flag.
  boolean fileMismatch(ApplicantPool pool, int i) {
    SpecialtyFrame s = frame.specialties().get(pool.specialty[i]);
    double scores = Standardizer.step2(pool.step2[i], s, p);
    return pool.flags[i] != 0 || Math.abs(scores - pool.letters[i]) > p.mismatchGap();
  }

  // The caller travels on an edge: advocate known to the PD, home PD, rotation supervisor;
  // in advocate phases an advocate may also call an unknown PD at a signalled program.
  Caller caller(ApplicantPool pool, FacultyNetwork network, int i, int j, CyclePhase phase,
      boolean signalled) {
    Standing advocate = pool.advocateStanding(i);
    if (advocate != null && network.advocateKnows(i, j)) {
      return new Caller(advocate == Standing.HIGH ? CallerRole.CHAIR : CallerRole.MENTOR,
          advocate, true);
    }
    if (network.knowsSchool(i, j) && network.hasOtherHomeProgram(i, j)) {
      return new Caller(CallerRole.HOME_PD, Standing.MID, true);
    }
    if (network.rotated(i, j)) {
      return new Caller(CallerRole.ROTATION_SUPERVISOR, Standing.MID, true);
    }
    if (advocate != null && phase.advocateInitiated() && signalled) {
      return new Caller(advocate == Standing.HIGH ? CallerRole.CHAIR : CallerRole.MENTOR,
          advocate, false);
    }
    return null;
  }

  // Type: PDs vet (or compare in ranking meetings); advocates push, or reframe a flag.
  CallType type(ApplicantPool pool, int i, CyclePhase phase, Caller caller) {
    if (politeNegative(pool, i, caller)) {
      return CallType.VETTING;
    }
    if (phase.advocateInitiated()) {
      return pool.flags[i] != 0 ? CallType.DAMAGE_CONTROL : CallType.ADVOCACY;
    }
    return phase == CyclePhase.RANKING_MEETINGS ? CallType.RANKING_STRATEGY : CallType.VETTING;
  }

  // A home program with doubts about the applicant's reliability says so, politely.
  boolean politeNegative(ApplicantPool pool, int i, Caller caller) {
    return caller.role() == CallerRole.HOME_PD && pool.reliability[i] < p.politeNegativeBelow();
  }

  // Reason: a professionalism flag or a PD's soft concern; the record; a leave; advocacy; other.
  CallReason reason(ApplicantPool pool, int i, CallType type, boolean mismatch,
      SplittableRandom random) {
    int flags = pool.flags[i];
    boolean pdStarted = type == CallType.VETTING || type == CallType.RANKING_STRATEGY;
    if (RedFlag.PROFESSIONALISM.in(flags) || pdStarted && softConcern(pool, i, random)) {
      return CallReason.PROFESSIONALISM;
    }
    if (RedFlag.FAILED_ATTEMPT.in(flags)) {
      return CallReason.CONFUSING_RECORD;
    }
    if (RedFlag.LEAVE_OF_ABSENCE.in(flags)) {
      return CallReason.PERSONAL_CIRCUMSTANCES;
    }
    if (mismatch) {
      return CallReason.CONFUSING_RECORD;
    }
    return type == CallType.ADVOCACY ? CallReason.STRONG_ADVOCACY : CallReason.OTHER;
  }

  // A PD's call is about a soft professionalism signal (file, rotation reports) with probability
  // softConcernShare on average, more often the less reliable the applicant (2·logistic(−1.7Q)).
  boolean softConcern(ApplicantPool pool, int i, SplittableRandom random) {
    double tilt = 2 * Draws.logistic(-1.7 * pool.reliability[i]);
    return Draws.chance(random, Math.min(1, p.softConcernShare() * tilt));
  }

  /** The effect of one call on the applicant's score at the program (positive moves up). */
  double effect(ApplicantPool pool, int i, CallType type, Caller caller, SplittableRandom random) {
    double size = p.callEffectSize() * p.standingMultiplier(caller.standing());
    if (politeNegative(pool, i, caller)) {
      return -size;
    }
    return switch (type) {
      case ADVOCACY -> endorsement(caller, size, random);
      case DAMAGE_CONTROL -> damageControl(pool, i, caller, size, random);
      case VETTING -> vetting(pool, i, caller, size, random);
      case RANKING_STRATEGY -> report(pool, i, size, random);
    };
  }

  // An endorsement moves the applicant up with the probability for a known or unknown caller.
  double endorsement(Caller caller, double size, SplittableRandom random) {
    double up = caller.known() ? p.endorseKnownUp() : p.endorseUnknownUp();
    return Draws.chance(random, up) ? size : 0;
  }

  // Reframing works only for an owned flag: a credible senior offsets it, others may help.
  double damageControl(ApplicantPool pool, int i, Caller caller, double size,
      SplittableRandom random) {
    if (!pool.owned[i]) {
      return 0;
    }
    if (credibleSenior(caller)) {
      return p.flagRevealPenalty() * p.ownedFlagOffset() * size;
    }
    return endorsement(caller, size, random);
  }

  // Vetting reveals flags (owned ones less, offset by a credible senior); else a report.
  double vetting(ApplicantPool pool, int i, Caller caller, double size, SplittableRandom random) {
    if (pool.flags[i] == 0) {
      return report(pool, i, size, random);
    }
    double penalty = p.flagRevealPenalty() * size;
    if (!pool.owned[i]) {
      return -penalty;
    }
    return -penalty * (credibleSenior(caller) ? 1 - p.ownedFlagOffset() : p.ownedFlagDiscount());
  }

  // A report is a noisy reading of the applicant's reliability, at half an endorsement's weight.
  double report(ApplicantPool pool, int i, double size, SplittableRandom random) {
    return size * (pool.reliability[i] + random.nextGaussian()) / 2;
  }

  // A senior the program director knows is credible.
  static boolean credibleSenior(Caller caller) {
    return caller.known() && caller.standing() == Standing.HIGH;
  }

  /** The applicant's own message to their top program moves them up rarely. */
  double ownMessage(int i, int j, CallLog log, SplittableRandom random) {
    double effect = Draws.chance(random, p.ownMessageUp())
        ? p.callEffectSize() * p.standingLow() : 0;
    log.add(new CallLog.Call(i, j, CyclePhase.FINAL_ADJUSTMENTS, CallType.ADVOCACY,
        CallReason.STRONG_ADVOCACY, CallerRole.APPLICANT, Standing.LOW, false, effect));
    return effect;
  }
}
