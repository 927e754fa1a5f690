package org.smartpick.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.ApplicantType;

/** Screening, invitation rounds, rank scores and rank lists on hand-built cases. */
class StagesTest {
  private static final MarketParameters P = MarketParameters.defaults();
  private static final MarketFrame ORTHO =
      MarketFrame.of(MarketScope.specialty("Orthopaedic Surgery"), P);
  private static final ProgramLatents LATENTS =
      ProgramLatents.draw(ORTHO, P, new SplittableRandom(1));

  @Test
  void filesUnderTheFloorOrFromExcludedTypesAreScreenedOut() {
    ScreeningStage screening = new ScreeningStage(ORTHO, LATENTS, P);
    int withFloor = 0;
    while (Double.isNaN(LATENTS.floor(withFloor))) {
      withFloor++;
    }
    ApplicantPool pool = new ApplicantPool(2);
    pool.type[0] = ApplicantType.US_MD_SENIOR;
    pool.type[1] = ApplicantType.US_MD_SENIOR;
    pool.step2[0] = (float) (LATENTS.floor(withFloor) - 1);
    pool.step2[1] = (float) (LATENTS.floor(withFloor) + 1);
    assertThat(screening.screenedOut(pool, 0, withFloor)).isTrue();
    assertThat(screening.screenedOut(pool, 1, withFloor)).isFalse();
    assertThat(screening.typePenalty(ApplicantType.NON_US_IMG)).isEqualTo(P.aImg());
    assertThat(screening.typePenalty(ApplicantType.US_MD_SENIOR)).isZero();
  }

  @Test
  void aSignalledFileAtOrAboveTheBarIsReviewedFirstAndTheFileScoreIgnoresTheSignal() {
    MarketParameters quiet = P.with("screenNoise", 0).with("signalLeniencyOrthopaedics", 1.5);
    ScreeningStage screening = new ScreeningStage(ORTHO, LATENTS, quiet);
    ApplicantPool pool = new ApplicantPool(1);
    pool.type[0] = ApplicantType.US_MD_SENIOR;
    pool.step2[0] = 250;
    Applications apps = new Applications(new int[] {0, 3}, new int[] {3, 3, 3},
        new int[] {Applications.SIGNAL, 0, Applications.SIGNAL}, new float[3]);
    SplittableRandom random = new SplittableRandom(2);
    for (int e = 0; e < 3; e++) {
      apps.fileScore[e] = (float) screening.fileScore(pool, 0, apps, e, random);
    }
    assertThat(apps.fileScore[0]).isEqualTo(apps.fileScore[1]);
    apps.fileScore[0] = -1.5f;
    apps.fileScore[1] = 4f;
    apps.fileScore[2] = -1.6f;
    for (int e = 0; e < 3; e++) {
      screening.markReviewFirst(apps, e);
    }
    // the bar is -leniency: -1.5 passes, -1.6 does not; an unsignalled file never does
    assertThat(apps.has(0, Applications.REVIEW_FIRST)).isTrue();
    assertThat(apps.has(1, Applications.REVIEW_FIRST)).isFalse();
    assertThat(apps.has(2, Applications.REVIEW_FIRST)).isFalse();
    // so the weak signalled file is reviewed before the strong unsignalled one
    assertThat(apps.reviewKey(0)).isGreaterThan(apps.reviewKey(1));
    assertThat(apps.reviewKey(1)).isGreaterThan(apps.reviewKey(2)).isEqualTo(4f);
  }

  @Test
  void invitationRoundsFillSlotsFromFirstStageFilesBeforeAnyOther() {
    // one program with two slots; four applicants: strong unsignalled files, weak signalled ones
    Applications apps = new Applications(new int[] {0, 1, 2, 3, 4}, new int[4],
        new int[] {0, 0, Applications.SIGNAL | Applications.REVIEW_FIRST,
            Applications.SIGNAL | Applications.REVIEW_FIRST}, new float[4]);
    apps.fileScore[0] = 5;
    apps.fileScore[1] = 4;
    apps.fileScore[2] = -1;
    apps.fileScore[3] = -2;
    double[] threshold = InvitationRounds.run(apps, 4, new int[] {2}, 5, 1);
    assertThat(apps.has(2, Applications.INVITED)).isTrue();
    assertThat(apps.has(3, Applications.INVITED)).isTrue();
    assertThat(apps.has(0, Applications.INVITED)).isFalse();
    assertThat(threshold[0]).isEqualTo(apps.reviewKey(3)).isGreaterThan(5);
  }

  @Test
  void leniencyIsFittedAtTheAnchorsAndInterpolatedInLogSignalShareElsewhere() {
    MarketParameters p = P.with("signalLeniencyEmergency", 2)
        .with("signalLeniencyInternalMedicine", 1).with("signalLeniencyOrthopaedics", 4);
    SignalLeniency leniency = new SignalLeniency(p);
    MarketFrame national = MarketFrame.of(MarketScope.national(), p);
    assertThat(leniency.of(specialty(national, "Emergency Medicine")))
        .isCloseTo(2, within(1e-12));
    assertThat(leniency.of(specialty(national, "Internal Medicine (Categorical)")))
        .isCloseTo(1, within(1e-12));
    assertThat(leniency.of(specialty(national, "Orthopaedic Surgery")))
        .isCloseTo(4, within(1e-12));
    // anaesthesiology, 15 signals / 241 programs, lies between IM (15/758) and ortho (30/216)
    double t = Math.log((15 / 241.0) / (15 / 758.0)) / Math.log((30 / 216.0) / (15 / 758.0));
    assertThat(leniency.of(specialty(national, "Anesthesiology")))
        .isCloseTo(1 + t * (4 - 1), within(1e-9));
    // beyond the anchors: dermatology (28/162) takes ortho's value, family medicine (5/817) EM's
    assertThat(leniency.of(specialty(national, "Dermatology"))).isCloseTo(4, within(1e-12));
    assertThat(leniency.of(specialty(national, "Family Medicine"))).isCloseTo(2, within(1e-12));
    // no signals in plastic surgery; a one-specialty scope gives the national value
    assertThat(leniency.of(specialty(national, "Plastic Surgery (Integrated)"))).isNaN();
    assertThat(leniency.of(ORTHO.specialties().get(0))).isCloseTo(4, within(1e-12));
  }

  private static SpecialtyFrame specialty(MarketFrame frame, String name) {
    return frame.specialties().stream().filter(s -> s.name().equals(name)).findFirst()
        .orElseThrow();
  }

  @Test
  void invitationRoundsRespectSlotsCapsAndReofferDeclinedSlots() {
    // applicant 0 applies to programs 0 and 1; applicant 1 and 2 to program 1 only.
    int[] offset = {0, 2, 3, 4};
    int[] program = {0, 1, 1, 1};
    Applications apps = new Applications(offset, program, new int[4],
        new float[] {2, 1, 0, 0});
    apps.fileScore[0] = 3;
    apps.fileScore[1] = 5;
    apps.fileScore[2] = 4;
    apps.fileScore[3] = 1;
    // program 1 has one slot; applicant 0 prefers program 0 and may attend one interview
    double[] threshold = InvitationRounds.run(apps, 3, new int[] {1, 1}, 1, 2);
    assertThat(apps.has(0, Applications.INTERVIEWED)).isTrue();
    assertThat(apps.has(1, Applications.INVITED)).isTrue();
    assertThat(apps.has(1, Applications.INTERVIEWED)).isFalse();
    // the declined slot goes to the next file (score 4) in round two
    assertThat(apps.has(2, Applications.INTERVIEWED)).isTrue();
    assertThat(apps.has(3, Applications.INVITED)).isFalse();
    assertThat(threshold[1]).isEqualTo(4);
    assertThat(threshold[0]).isEqualTo(Double.NEGATIVE_INFINITY);
  }

  @Test
  void rankScoreIsTheWeightedSumOfFactors() {
    MarketParameters quiet = P.with("rankNoise", 0).with("rotationNoise", 0);
    RankingStage ranking = new RankingStage(ORTHO, quiet);
    SpecialtyFrame ortho = ORTHO.specialties().get(0);
    ApplicantPool pool = new ApplicantPool(1);
    pool.letters[0] = 1;
    pool.reliability[0] = 2;
    pool.research[0] = 10;
    pool.step2[0] = 260;
    Applications apps = new Applications(new int[] {0, 1}, new int[] {0},
        new int[] {Applications.ROTATION}, new float[1]);
    apps.effectBefore[0] = 0.5f;
    apps.effectAfter[0] = 0.25f;
    double expected = quiet.wInterview() * 0.3 + quiet.wHomeRotation() * 2
        + quiet.wLetters() * 1 + quiet.wBackchannel() * 0.75
        + quiet.wScores() * Standardizer.step2(260, ortho, quiet)
        + quiet.wResearch() * Standardizer.research(10, ortho, quiet);
    assertThat(ranking.rankScore(pool, 0, apps, 0, 0.3, new SplittableRandom(3)))
        .isCloseTo(expected, within(1e-6));
  }

  @Test
  void programsDropInterviewesBelowTheDoNotRankScore() {
    RankingStage ranking = new RankingStage(ORTHO, P);
    int[] offset = {0, 1, 2, 3};
    Applications apps = new Applications(offset, new int[] {0, 0, 0},
        new int[] {Applications.INTERVIEWED, Applications.INTERVIEWED, Applications.INVITED},
        new float[3]);
    apps.rankScore[0] = (float) (P.doNotRankBelow() - 1);
    apps.rankScore[1] = 1;
    int[][] lists = ranking.rankLists(apps, new int[] {0, 1, 2});
    assertThat(lists[0]).containsExactly(1);
  }

  @Test
  void applicantsRankPrimaryProgramsFirstByUtility() {
    Applications apps = new Applications(new int[] {0, 3}, new int[] {4, 5, 6},
        new int[] {Applications.INTERVIEWED | Applications.BACKUP, Applications.INTERVIEWED,
            Applications.INTERVIEWED}, new float[] {9, 1, 2});
    assertThat(RankOrderLists.single(apps, 0)).containsExactly(6, 5, 4);
  }

  @Test
  void topKPicksTheLargestKeysInOrder() {
    assertThat(TopK.indices(new double[] {0.5, 3, -1, 3, 2}, 3, 10)).containsExactly(11, 13, 14);
  }

  @Test
  void topKAgreesWithAFullSortIncludingTiesAndInfinitiesOrderedOrNot() {
    SplittableRandom random = new SplittableRandom(12);
    for (int trial = 0; trial < 500; trial++) {
      int n = 1 + random.nextInt(300);
      double[] keys = new double[n];
      for (int k = 0; k < n; k++) {
        int kind = random.nextInt(10);
        keys[k] = kind == 0 ? Double.NEGATIVE_INFINITY : kind == 1 ? Double.POSITIVE_INFINITY
            : random.nextInt(20) / 4.0;
      }
      int want = random.nextInt(n + 5);
      Integer[] order = new Integer[n];
      for (int k = 0; k < n; k++) {
        order[k] = k;
      }
      java.util.Arrays.sort(order, (x, y) -> keys[x] != keys[y]
          ? Double.compare(keys[y], keys[x]) : Integer.compare(x, y));
      int[] expected = java.util.Arrays.stream(order).limit(want).mapToInt(k -> k + 3).toArray();
      assertThat(TopK.indices(keys, want, 3)).containsExactly(expected);
      int[] unordered = TopK.unordered(keys, n, want);
      assertThat(java.util.Arrays.stream(unordered).map(k -> k + 3).toArray())
          .containsExactlyInAnyOrder(expected);
    }
  }

  @Test
  void couplesApplyMoreBroadlyAndTowardCitiesWhereThePartnerCanTrain() {
    MarketFrame national = MarketFrame.of(MarketScope.national(), P);
    ProgramLatents latents = ProgramLatents.draw(national, P, new SplittableRandom(3));
    ApplicationStage stage = new ApplicationStage(national, latents, P);
    ApplicantPool pool = new ApplicantPool(3);
    java.util.Arrays.fill(pool.partner, -1);
    java.util.Arrays.fill(pool.backup, -1);
    pool.partner[0] = 1;
    pool.partner[1] = 0;
    pool.specialty[1] = 5;
    pool.type[0] = ApplicantType.US_MD_SENIOR;
    pool.type[2] = ApplicantType.US_MD_SENIOR;
    SpecialtyFrame primary = national.specialties().get(0);
    assertThat(stage.meanApplications(pool, 0, primary) / stage.meanApplications(pool, 2, primary))
        .isCloseTo(P.coupleApplicationScale(), within(1e-9));
    int near = -1;
    int far = -1;
    for (int j = 0; j < national.programCount(); j++) {
      if (national.metroHas(j, 5)) {
        near = near < 0 ? j : near;
      } else {
        far = far < 0 ? j : far;
      }
    }
    assertThat(national.metroHas(far, national.specialtyOf(far))).isTrue();
    assertThat(national.metroHas(far, -1)).isFalse();
    assertThat(stage.partnerCanTrainNear(pool, 0, near)).isTrue();
    assertThat(stage.partnerCanTrainNear(pool, 0, far)).isFalse();
    assertThat(stage.partnerCanTrainNear(pool, 2, near)).isFalse();
    FacultyNetwork network = new FacultyNetwork(national, pool);
    pool.standing[0] = (float) latents.reputation[near];
    pool.standing[2] = (float) latents.reputation[near];
    pool.region[0] = (byte) national.program(near).region().ordinal();
    pool.region[2] = pool.region[0];
    assertThat(stage.applicationWeight(pool, network, 0, near)
        - stage.applicationWeight(pool, network, 2, near))
        .isCloseTo(P.coupleMetroBonus(), within(1e-9));
  }
}
