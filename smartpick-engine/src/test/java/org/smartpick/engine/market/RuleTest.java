package org.smartpick.engine.market;

import org.smartpick.engine.domain.ApplicantType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** One test per model rule, with fixed seeds and stated tolerances. */
class RuleTest {
  private static final MarketParameters P = MarketParameters.defaults();
  private static final MarketFrame ORTHO = MarketFrame.of(MarketScope.specialty("Orthopaedic Surgery"), P);
  private static final MarketFrame FM = MarketFrame.of(MarketScope.specialty("Family Medicine"), P);

  @Test
  void interviewSlotsAreKappaPerPositionAtLeastOnePerPosition() {
    assertThat(ProgramLatents.interviewSlots(4, P)).isEqualTo((int) Math.round(4 * P.interviewsPerPosition()));
    assertThat(ProgramLatents.interviewSlots(4, P.with("interviewsPerPosition", 1))).isEqualTo(4);
  }

  @Test
  void academicProgramsHaveHigherReputationOnAverage() {
    SplittableRandom random = new SplittableRandom(1);
    double academic = 0;
    double community = 0;
    for (int k = 0; k < 20_000; k++) {
      academic += ProgramLatents.reputation(random, true, P);
      community += ProgramLatents.reputation(random, false, P);
    }
    // 20,000 draws: standard error 0.007; tolerance 0.03
    assertThat((academic - community) / 20_000).isCloseTo(P.academicReputationShift(), within(0.03));
  }

  @Test
  void scoreFloorsAndHighProfileSharesMatchParameters() {
    MarketFrame national = MarketFrame.of(MarketScope.national(), P);
    ProgramLatents latents = ProgramLatents.draw(national, P, new SplittableRandom(2));
    int floors = 0;
    int high = 0;
    for (int j = 0; j < national.programCount(); j++) {
      floors += Double.isNaN(latents.floor(j)) ? 0 : 1;
      high += latents.highProfile(j) ? 1 : 0;
    }
    // about 5,000 programs: binomial standard error 0.007; tolerance 0.03
    assertThat((double) floors / national.programCount()).isCloseTo(P.floorShare(), within(0.03));
    assertThat((double) high / national.programCount()).isCloseTo(P.highProfileShare(), within(0.02));
  }

  @Test
  void competitiveSpecialtiesDrawFewerImgs() {
    ApplicantGenerator generator = generator(FM);
    SplittableRandom random = new SplittableRandom(3);
    int n = 40_000;
    int imgOpen = 0;
    int imgCompetitive = 0;
    for (int k = 0; k < n; k++) {
      imgOpen += generator.drawType(random, false).img() ? 1 : 0;
      imgCompetitive += generator.drawType(random, true).img() ? 1 : 0;
    }
    PublishedFigures f = PublishedFigures.bundled();
    double published = f.share(ApplicantType.US_IMG) + f.share(ApplicantType.NON_US_IMG);
    // standard error 0.0024; tolerance 0.01
    assertThat((double) imgOpen / n).isCloseTo(published, within(0.01));
    assertThat((double) imgCompetitive / n).isLessThan(published - 0.1);
  }

  @Test
  void step2IsNormalAroundTheSpecialtyMeanShiftedByType() {
    ApplicantGenerator generator = generator(ORTHO);
    SpecialtyFrame ortho = ORTHO.specialties().get(0);
    SplittableRandom random = new SplittableRandom(4);
    double md = 0;
    double img = 0;
    int n = 20_000;
    for (int k = 0; k < n; k++) {
      md += generator.drawStep2(random, ortho, ApplicantType.US_MD_SENIOR);
      img += generator.drawStep2(random, ortho, ApplicantType.US_IMG);
    }
    // sd 15 over 20,000: standard error 0.11; tolerance 0.5 points
    assertThat(md / n).isCloseTo(ortho.step2Mean() - P.step2SelectionGap(), within(0.5));
    assertThat((md - img) / n).isCloseTo(P.step2ShiftUsImg(), within(0.5));
  }

  @Test
  void redFlagsFollowTheirBaseRates() {
    ApplicantGenerator generator = generator(FM);
    SplittableRandom random = new SplittableRandom(5);
    int n = 50_000;
    int leaves = 0;
    int professionalism = 0;
    for (int k = 0; k < n; k++) {
      int flags = generator.drawFlags(random, 1);
      leaves += RedFlag.LEAVE_OF_ABSENCE.in(flags) ? 1 : 0;
      professionalism += RedFlag.PROFESSIONALISM.in(flags) ? 1 : 0;
      assertThat(RedFlag.FAILED_ATTEMPT.in(flags)).isFalse();
    }
    // standard errors ≤ 0.0011; tolerance 0.005
    assertThat((double) leaves / n).isCloseTo(P.leaveRate(), within(0.005));
    assertThat((double) professionalism / n).isCloseTo(P.professionalismRate(), within(0.005));
    assertThat(RedFlag.FAILED_ATTEMPT.in(generator.drawFlags(random, 2))).isTrue();
  }

  @Test
  void imgsFailAttemptsMoreOften() {
    ApplicantGenerator generator = generator(FM);
    assertThat(generator.failedAttemptRate(ApplicantType.NON_US_IMG))
        .isEqualTo(P.failedAttemptRate() * P.failedAttemptImgMultiplier());
    assertThat(generator.failedAttemptRate(ApplicantType.US_MD_SENIOR)).isEqualTo(P.failedAttemptRate());
  }

  @Test
  void onlyUsGraduatesHaveHomeInstitutions() {
    ApplicantGenerator generator = generator(FM);
    SplittableRandom random = new SplittableRandom(6);
    for (int k = 0; k < 1000; k++) {
      assertThat(generator.drawInstitution(random, ApplicantType.US_MD_SENIOR)).isNotNegative();
      assertThat(generator.drawInstitution(random, ApplicantType.NON_US_IMG)).isEqualTo(-1);
    }
  }

  @Test
  void backupSpecialtiesExistOnlyInTheNationalMatch() {
    ApplicantGenerator single = generator(FM);
    SplittableRandom random = new SplittableRandom(7);
    for (int k = 0; k < 1000; k++) {
      assertThat(single.drawBackup(random, 0)).isEqualTo(-1);
    }
  }

  @Test
  void couplesAreAboutTheConfiguredShareOfUsSeniorsAndShareARegion() {
    ProgramLatents latents = ProgramLatents.draw(FM, P, new SplittableRandom(8));
    ApplicantPool pool = new ApplicantGenerator(FM, latents, P).generate(new SplittableRandom(9));
    int partnered = 0;
    for (int i = 0; i < pool.size; i++) {
      if (pool.partner[i] >= 0) {
        partnered++;
        assertThat(pool.partner[pool.partner[i]]).isEqualTo(i);
        assertThat(pool.type[i].img()).as("couples are US seniors").isFalse();
        assertThat(pool.region[pool.partner[i]]).isEqualTo(pool.region[i]);
      }
    }
    int eligible = 0;
    for (int i = 0; i < pool.size; i++) {
      eligible += pool.backupOnly[i] ? 0 : 1;
    }
    assertThat((double) partnered / eligible).isCloseTo(P.coupleShare(), within(0.002));
  }

  @Test
  void aOneSpecialtyScopeImportsBackupApplicantsOnlyIntoNonCompetitiveSpecialties() {
    assertThat(FM.backupInflow(0)).isPositive();
    assertThat(ORTHO.specialties().get(0).competitive()).isTrue();
    assertThat(ORTHO.backupInflow(0)).isZero();
  }

  @Test
  void mismatchedFilesAreFlaggedOrScoresFarFromLetters() {
    Backchannel backchannel = new Backchannel(ORTHO, ProgramLatents.draw(ORTHO, P,
        new SplittableRandom(10)), P);
    ApplicantPool pool = new ApplicantPool(3);
    double mean = Standardizer.applicantStep2Mean(ORTHO.specialties().get(0), P);
    pool.step2[0] = (float) mean;
    pool.step2[1] = (float) (mean - 3 * P.step2Sd());
    pool.letters[1] = 1;
    pool.step2[2] = (float) mean;
    pool.flags[2] = (byte) RedFlag.LEAVE_OF_ABSENCE.bit();
    assertThat(backchannel.fileMismatch(pool, 0)).isFalse();
    assertThat(backchannel.fileMismatch(pool, 1)).isTrue();
    assertThat(backchannel.fileMismatch(pool, 2)).isTrue();
  }

  private static ApplicantGenerator generator(MarketFrame frame) {
    return new ApplicantGenerator(frame, ProgramLatents.draw(frame, P, new SplittableRandom(0)), P);
  }
}
