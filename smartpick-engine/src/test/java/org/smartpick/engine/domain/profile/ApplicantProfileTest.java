package org.smartpick.engine.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.domain.Region;
import org.smartpick.engine.domain.UsState;

class ApplicantProfileTest {
  private static final ApplicantProfile VALID = SampleProfiles.ortho();

  private static List<String> messages(InvalidProfileException e) {
    return e.violations().stream().map(FieldViolation::message).toList();
  }

  @Test
  void aCompleteProfileIsAcceptedAndImmutable() {
    assertThat(VALID.specialty().name()).isEqualTo("Orthopaedic Surgery");
    assertThat(VALID.letters()).hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> VALID.letters().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyInvalidTopLevelFieldIsReportedAtOnceWithValueAndRange() {
    InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
        () -> new ApplicantProfile(VALID.specialty(), Optional.of(VALID.specialty()),
            VALID.applicantType(), VALID.step2(), 7, -1, VALID.classStanding(), VALID.letters(),
            VALID.homeSchool(), VALID.awayRotations(), VALID.advocates(), VALID.redFlags(),
            VALID.geography(), VALID.preferences(), VALID.budget(), 101, Optional.empty()));
    assertThat(messages(e)).containsExactly(
        "backupSpecialty: 'Orthopaedic Surgery' is the main specialty; a backup must be a"
            + " different specialty",
        "step1Attempts: '7' is outside the allowed range 0..4",
        "researchItems: '-1' is outside the allowed range 0..500",
        "signals: '101' is outside the allowed range 0..100");
  }

  @Test
  void theSameAwayRotationTwiceNamesTheRepeatAndTheFirst() {
    AwayRotation rotation = VALID.awayRotations().get(0);
    InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
        () -> new ApplicantProfile(VALID.specialty(), Optional.empty(), VALID.applicantType(),
            VALID.step2(), 1, 0, VALID.classStanding(), List.of(), VALID.homeSchool(),
            List.of(rotation, rotation), List.of(), List.of(), Geography.NONE,
            Preferences.BALANCED, Budget.UNLIMITED, 0, Optional.empty()));
    assertThat(messages(e)).containsExactly("awayRotations[1]: '" + rotation.programId()
        + "' appears twice (first at awayRotations[0])");
  }

  @Test
  void step2MustBeOnTheScoreScaleOrPending() {
    assertThat(Step2Score.PENDING.pending()).isTrue();
    assertThat(Step2Score.of(300).score()).hasValue(300);
    InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
        () -> Step2Score.of(301));
    assertThat(messages(e.under("step2")))
        .containsExactly("step2: '301' is outside the allowed range 1..300");
  }

  @Test
  void nestedViolationsGetTheirPathWhenSeenFromTheEnclosingList() {
    InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
        () -> new Advocate(Optional.empty(), FacultyRole.FACULTY, Standing.MID,
            List.of("2603521055", "12345", "2603521055"), List.of(" ")));
    assertThat(messages(e.under("advocates[2]"))).containsExactly(
        "advocates[2].programs[1]: '12345' is not a 10-digit ACGME program id",
        "advocates[2].programs[2]: '2603521055' appears twice (first at programs[0])",
        "advocates[2].contacts[0]: must not be blank (1..200 characters)");
  }

  @Test
  void longFreeTextIsReportedByItsLengthNotItsContent() {
    String secret = "private story ".repeat(100);
    InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
        () -> new RedFlag(RedFlagType.PROFESSIONALISM_CONCERN, 1970, Optional.of(secret), false));
    assertThat(messages(e)).containsExactly(
        "year: '1970' is outside the allowed range 1980..2100",
        "whatWasDone: '<1400 characters>' is longer than the allowed 1000 characters");
    assertThat(e.getMessage()).doesNotContain("private story");
  }

  @Test
  void aPlaceCannotBeBothPreferredAndAvoided() {
    InvalidProfileException e = catchThrowableOfType(InvalidProfileException.class,
        () -> new Geography(Optional.empty(), List.of(UsState.TX), List.of(Region.WEST),
            List.of(UsState.CA, UsState.TX), List.of(Region.WEST)));
    assertThat(messages(e)).containsExactly(
        "avoidedStates[1]: 'TX' is also in preferredStates; a state is either preferred or"
            + " avoided",
        "avoidedRegions[0]: 'WEST' is also in preferredRegions; a region is either preferred or"
            + " avoided");
  }

  @Test
  void weightsAndBudgetLimitsNameTheirField() {
    InvalidProfileException weights = catchThrowableOfType(InvalidProfileException.class,
        () -> new Preferences(11, 5, 5, -2, 5, ProgramSize.ANY, ProgramSetting.EITHER));
    assertThat(messages(weights)).containsExactly(
        "location: '11' is outside the allowed range 0..10",
        "setting: '-2' is outside the allowed range 0..10");
    InvalidProfileException budget = catchThrowableOfType(InvalidProfileException.class,
        () -> new Budget(OptionalInt.of(0), OptionalInt.of(100_001)));
    assertThat(messages(budget)).containsExactly(
        "maxApplications: '0' is outside the allowed range 1..1000",
        "maxDollars: '100001' is outside the allowed range 1..100000");
  }

  @Test
  void defaultSignalsAreTheSpecialtysLatestAllotment() {
    assertThat(ApplicantProfile.defaultSignals(
        SampleProfiles.CATALOG.requireSpecialty("Orthopaedic Surgery"))).isEqualTo(30);
    assertThat(ApplicantProfile.defaultSignals(
        SampleProfiles.CATALOG.requireSpecialty("Medicine-Preliminary (PGY-1 Only)"))).isZero();
  }
}
