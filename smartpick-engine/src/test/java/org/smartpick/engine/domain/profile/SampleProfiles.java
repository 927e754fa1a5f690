package org.smartpick.engine.domain.profile;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.Region;
import org.smartpick.engine.domain.UsState;

/** Valid profiles built from real catalog programs, for tests. */
final class SampleProfiles {
  static final ProgramCatalog CATALOG = ProgramCatalog.bundled();
  /** Orthopaedic Surgery, AdventHealth Florida and Albany Medical Center. */
  static final String ORTHO_ORLANDO = "2601100003";
  static final String ORTHO_ALBANY = "2603521055";

  private SampleProfiles() {
  }

  /** An orthopaedics applicant with every part filled in. */
  static ApplicantProfile ortho() {
    return new ApplicantProfile(
        CATALOG.requireSpecialty("Orthopaedic Surgery"),
        Optional.of(CATALOG.requireSpecialty("Surgery (Categorical)")),
        ApplicantType.US_MD_SENIOR,
        Step2Score.of(255),
        1,
        24,
        new ClassStanding(Quartile.FIRST, true, 4),
        List.of(new Letter(LetterStrength.STRONG, FacultyRole.CHAIR, Optional.of("Home U"))),
        new HomeSchool("Home U School of Medicine", Optional.of(UsState.FL),
            List.of(ORTHO_ORLANDO)),
        List.of(new AwayRotation(ORTHO_ALBANY, Optional.of(RotationOutcome.GOOD))),
        List.of(new Advocate(Optional.of("Dr. Mentor"), FacultyRole.PROGRAM_DIRECTOR,
            Standing.HIGH, List.of(ORTHO_ALBANY), List.of("PD at Albany"))),
        List.of(new RedFlag(RedFlagType.LEAVE_OF_ABSENCE, 2023, Optional.of("family; resolved"),
            true)),
        new Geography(Optional.of(UsState.FL), List.of(UsState.NY), List.of(Region.SOUTH),
            List.of(UsState.AK), List.of(Region.WEST)),
        Preferences.BALANCED,
        new Budget(OptionalInt.of(80), OptionalInt.empty()),
        30,
        Optional.empty());
  }
}
