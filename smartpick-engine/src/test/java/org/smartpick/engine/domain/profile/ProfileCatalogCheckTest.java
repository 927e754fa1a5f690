package org.smartpick.engine.domain.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.catalog.CatalogSpecialty;

class ProfileCatalogCheckTest {
  private static final ApplicantProfile VALID = SampleProfiles.ortho();

  private static ApplicantProfile with(CatalogSpecialty specialty, HomeSchool school,
      List<AwayRotation> rotations, List<Advocate> advocates, int signals) {
    return new ApplicantProfile(specialty, Optional.empty(), VALID.applicantType(), VALID.step2(),
        1, 0, VALID.classStanding(), List.of(), school, rotations, advocates, List.of(),
        VALID.geography(), VALID.preferences(), VALID.budget(), signals, Optional.empty());
  }

  @Test
  void aProfileNamingCatalogProgramsPasses() {
    assertThat(ProfileCatalogCheck.problems(VALID, SampleProfiles.CATALOG)).isEmpty();
  }

  @Test
  void unknownIdsAreReportedWithTheirFieldPath() {
    ApplicantProfile profile = with(VALID.specialty(),
        new HomeSchool("X", Optional.empty(), List.of("0000000001")),
        List.of(new AwayRotation(SampleProfiles.ORTHO_ALBANY, Optional.empty()),
            new AwayRotation("0000000002", Optional.empty())),
        List.of(new Advocate(Optional.empty(), FacultyRole.CHAIR, Standing.HIGH,
            List.of(SampleProfiles.ORTHO_ORLANDO, "0000000003"), List.of())),
        30);
    assertThat(ProfileCatalogCheck.problems(profile, SampleProfiles.CATALOG))
        .extracting(FieldViolation::path, FieldViolation::value)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("homeSchool.affiliatedPrograms[0]", "0000000001"),
            org.assertj.core.groups.Tuple.tuple("awayRotations[1].programId", "0000000002"),
            org.assertj.core.groups.Tuple.tuple("advocates[0].programs[1]", "0000000003"));
  }

  @Test
  void signalsAboveTheSpecialtysAllotmentAreRejectedWithTheAllotment() {
    ApplicantProfile profile = with(VALID.specialty(), VALID.homeSchool(), List.of(), List.of(),
        31);
    assertThat(ProfileCatalogCheck.problems(profile, SampleProfiles.CATALOG))
        .extracting(FieldViolation::message)
        .containsExactly("signals: '31' is more than the 30 signals Orthopaedic Surgery applicants"
            + " get (2024-25); allowed range 0..30");
  }

  @Test
  void aSpecialtyWithoutCatalogProgramsCannotBeTheMainSpecialty() {
    ApplicantProfile profile = with(
        SampleProfiles.CATALOG.requireSpecialty("Medicine-Preliminary (PGY-1 Only)"),
        VALID.homeSchool(), List.of(), List.of(), 0);
    assertThat(ProfileCatalogCheck.problems(profile, SampleProfiles.CATALOG))
        .extracting(FieldViolation::path).containsExactly("specialty");
  }
}
