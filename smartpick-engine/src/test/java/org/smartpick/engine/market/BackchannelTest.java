package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The backchannel rules, each on a hand-built applicant. */
class BackchannelTest {
  private static final MarketParameters P = MarketParameters.defaults();
  private static final MarketFrame ORTHO =
      MarketFrame.of(MarketScope.specialty("Orthopaedic Surgery"), P);
  private static final ProgramLatents LATENTS =
      ProgramLatents.draw(ORTHO, P, new SplittableRandom(1));
  private final Backchannel backchannel = new Backchannel(ORTHO, LATENTS, P);

  /** One plain applicant: no school, no rotation, no advocate, no flags. */
  private static ApplicantPool plain() {
    ApplicantPool pool = new ApplicantPool(1);
    pool.type[0] = ApplicantType.US_MD_SENIOR;
    pool.institution[0] = -1;
    pool.rotations[0] = new int[0];
    pool.advocate[0] = -1;
    pool.advocateKnows[0] = new int[0];
    pool.partner[0] = -1;
    pool.step2[0] = (float) Standardizer.applicantStep2Mean(ORTHO.specialties().get(0), P);
    return pool;
  }

  @Test
  void noEdgeMeansNoCaller() {
    ApplicantPool pool = plain();
    FacultyNetwork network = new FacultyNetwork(ORTHO, pool);
    for (CyclePhase phase : CyclePhase.values()) {
      assertThat(backchannel.caller(pool, network, 0, 5, phase, true)).isNull();
    }
  }

  @Test
  void advocateKnownToThePdCallsAsTheirRole() {
    ApplicantPool pool = plain();
    pool.advocate[0] = (byte) Standing.HIGH.ordinal();
    pool.advocateKnows[0] = new int[] {5};
    FacultyNetwork network = new FacultyNetwork(ORTHO, pool);
    assertThat(backchannel.caller(pool, network, 0, 5, CyclePhase.SCREENING, false))
        .isEqualTo(new Backchannel.Caller(CallerRole.CHAIR, Standing.HIGH, true));
    assertThat(backchannel.caller(pool, network, 0, 6, CyclePhase.BEFORE_INVITES, true))
        .isEqualTo(new Backchannel.Caller(CallerRole.CHAIR, Standing.HIGH, false));
    assertThat(backchannel.caller(pool, network, 0, 6, CyclePhase.SCREENING, true)).isNull();
  }

  @Test
  void rotationSiteSupervisorsCall() {
    ApplicantPool pool = plain();
    pool.rotations[0] = new int[] {7};
    FacultyNetwork network = new FacultyNetwork(ORTHO, pool);
    assertThat(backchannel.caller(pool, network, 0, 7, CyclePhase.AFTER_INTERVIEWS, false).role())
        .isEqualTo(CallerRole.ROTATION_SUPERVISOR);
  }

  @Test
  void onlyThePhasesTriggersCount() {
    ApplicantPool pool = plain();
    pool.rotations[0] = new int[] {7};
    FacultyNetwork network = new FacultyNetwork(ORTHO, pool);
    double competitive = P.cCompetitive();
    assertThat(backchannel.linearPredictor(pool, network, 0, 7, CyclePhase.ERAS_SUBMITTED, false))
        .isEqualTo(P.c0() + competitive);
    assertThat(backchannel.linearPredictor(pool, network, 0, 7, CyclePhase.BEFORE_INVITES, false))
        .isEqualTo(P.c0() + P.cRotation());
    assertThat(backchannel.linearPredictor(pool, network, 0, 7, CyclePhase.AFTER_INTERVIEWS, true))
        .isEqualTo(P.c0() + P.cRotation() + P.cMismatch());
  }

  @Test
  void knownEndorsementsMoveUpAsOftenAsPublished() {
    SplittableRandom random = new SplittableRandom(2);
    int n = 20_000;
    double[] shares = new double[2];
    for (int known = 0; known < 2; known++) {
      Backchannel.Caller caller = new Backchannel.Caller(CallerRole.MENTOR, Standing.MID, known == 1);
      int up = 0;
      for (int k = 0; k < n; k++) {
        up += backchannel.endorsement(caller, 1, random) > 0 ? 1 : 0;
      }
      shares[known] = (double) up / n;
    }
    // standard error ≤ 0.0036; tolerance 0.015
    assertThat(shares[1]).isCloseTo(P.endorseKnownUp(), within(0.015));
    assertThat(shares[0]).isCloseTo(P.endorseUnknownUp(), within(0.015));
  }

  @Test
  void ownMessagesRarelyMoveUpAndAreRecorded() {
    SplittableRandom random = new SplittableRandom(3);
    CallLog log = new CallLog();
    int n = 20_000;
    for (int k = 0; k < n; k++) {
      backchannel.ownMessage(0, 1, log, random);
    }
    int up = 0;
    for (int c = 0; c < log.size(); c++) {
      up += log.effect(c) > 0 ? 1 : 0;
      assertThat(log.role(c)).isEqualTo(CallerRole.APPLICANT);
    }
    // standard error 0.0012; tolerance 0.005
    assertThat(log.size()).isEqualTo(n);
    assertThat((double) up / n).isCloseTo(P.ownMessageUp(), within(0.005));
  }

  @Test
  void homeProgramWithDoubtsGivesAPoliteNegative() {
    ApplicantPool pool = plain();
    pool.reliability[0] = (float) (P.politeNegativeBelow() - 0.5);
    Backchannel.Caller home = new Backchannel.Caller(CallerRole.HOME_PD, Standing.MID, true);
    assertThat(backchannel.type(pool, 0, CyclePhase.FINAL_ADJUSTMENTS, home))
        .isEqualTo(CallType.VETTING);
    assertThat(backchannel.effect(pool, 0, CallType.VETTING, home, new SplittableRandom(4)))
        .isEqualTo(-P.callEffectSize());
  }

  @Test
  void standingScalesTheEffect() {
    ApplicantPool pool = plain();
    double[] sizes = new double[Standing.values().length];
    for (Standing standing : Standing.values()) {
      pool.flags[0] = (byte) RedFlag.PROFESSIONALISM.bit();
      Backchannel.Caller caller = new Backchannel.Caller(CallerRole.MENTOR, standing, true);
      sizes[standing.ordinal()] = -backchannel.vetting(pool, 0, caller, P.callEffectSize()
          * P.standingMultiplier(standing), new SplittableRandom(5));
    }
    assertThat(sizes).isSorted();
    assertThat(sizes[Standing.HIGH.ordinal()]).isGreaterThan(sizes[Standing.LOW.ordinal()]);
  }

  @Test
  void anOwnedFlagWithACredibleSeniorIsLargelyOffset() {
    ApplicantPool pool = plain();
    pool.flags[0] = (byte) RedFlag.FAILED_ATTEMPT.bit();
    SplittableRandom random = new SplittableRandom(6);
    Backchannel.Caller chair = new Backchannel.Caller(CallerRole.CHAIR, Standing.HIGH, true);
    double unowned = backchannel.vetting(pool, 0, chair, 1, random);
    pool.owned[0] = true;
    double owned = backchannel.vetting(pool, 0, chair, 1, random);
    assertThat(unowned).isEqualTo(-P.flagRevealPenalty());
    assertThat(owned).isEqualTo(-P.flagRevealPenalty() * (1 - P.ownedFlagOffset()));
    assertThat(backchannel.damageControl(pool, 0, chair, 1, random)).isPositive();
    pool.owned[0] = false;
    assertThat(backchannel.damageControl(pool, 0, chair, 1, random)).isZero();
  }

  @Test
  void reasonsFollowTheFlags() {
    Backchannel noSoft = new Backchannel(ORTHO, LATENTS, P.with("softConcernShare", 0));
    SplittableRandom random = new SplittableRandom(4);
    ApplicantPool pool = plain();
    assertThat(noSoft.reason(pool, 0, CallType.ADVOCACY, false, random))
        .isEqualTo(CallReason.STRONG_ADVOCACY);
    assertThat(noSoft.reason(pool, 0, CallType.ADVOCACY, true, random))
        .isEqualTo(CallReason.CONFUSING_RECORD);
    assertThat(noSoft.reason(pool, 0, CallType.VETTING, true, random))
        .isEqualTo(CallReason.CONFUSING_RECORD);
    assertThat(noSoft.reason(pool, 0, CallType.VETTING, false, random))
        .isEqualTo(CallReason.OTHER);
    pool.flags[0] = (byte) (RedFlag.PROFESSIONALISM.bit() | RedFlag.LEAVE_OF_ABSENCE.bit());
    assertThat(noSoft.reason(pool, 0, CallType.DAMAGE_CONTROL, true, random))
        .isEqualTo(CallReason.PROFESSIONALISM);
    pool.flags[0] = (byte) RedFlag.LEAVE_OF_ABSENCE.bit();
    assertThat(noSoft.reason(pool, 0, CallType.VETTING, true, random))
        .isEqualTo(CallReason.PERSONAL_CIRCUMSTANCES);
  }

  @Test
  void programDirectorsCallsPickUpSoftConcernsMostlyAboutLessReliableApplicants() {
    ApplicantPool pool = plain();
    SplittableRandom random = new SplittableRandom(5);
    int n = 40_000;
    double[] rate = new double[3];
    float[] reliability = {0, -1.5f, 1.5f};
    for (int r = 0; r < 3; r++) {
      pool.reliability[0] = reliability[r];
      for (int k = 0; k < n; k++) {
        rate[r] += backchannel.softConcern(pool, 0, random) ? 1.0 / n : 0;
      }
    }
    // 40,000 draws: standard error ≤ 0.0025; tolerance 0.01 around softConcernShare at Q = 0
    assertThat(rate[0]).isCloseTo(P.softConcernShare(), within(0.01));
    assertThat(rate[1]).isGreaterThan(rate[0] + 0.2);
    assertThat(rate[2]).isLessThan(rate[0] - 0.2);
    // advocates never start a call over a soft concern
    pool.reliability[0] = -3;
    for (int k = 0; k < 1000; k++) {
      assertThat(backchannel.reason(pool, 0, CallType.ADVOCACY, false, random))
          .isEqualTo(CallReason.STRONG_ADVOCACY);
    }
  }

  @Test
  void callLogKeepsEveryFieldOfEveryCallFromAnyStartingCapacity() {
    for (CallLog log : List.of(new CallLog(), new CallLog(1))) {
      for (int k = 0; k < 3000; k++) {
        log.add(new CallLog.Call(k, k % 7, CyclePhase.values()[k % 6], CallType.values()[k % 4],
            CallReason.values()[k % 5], CallerRole.values()[k % 5], Standing.values()[k % 3],
            k % 2 == 0, k / 10.0));
      }
      assertThat(log.size()).isEqualTo(3000);
      int k = 2999;
      assertThat(Arrays.asList(log.applicant(k), log.program(k))).containsExactly(k, k % 7);
      assertThat(log.phase(k)).isEqualTo(CyclePhase.values()[k % 6]);
      assertThat(log.standing(k)).isEqualTo(Standing.values()[k % 3]);
      assertThat(log.known(k)).isFalse();
      assertThat(log.effect(k)).isCloseTo(299.9, within(1e-3));
    }
  }

  @Test
  void callLogRejectsAnEmptyCapacity() {
    assertThatThrownBy(() -> new CallLog(0))
        .hasMessageContaining("capacity must be at least 1, was 0");
  }
}
