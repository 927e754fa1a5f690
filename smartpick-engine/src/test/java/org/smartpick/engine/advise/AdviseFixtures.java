package org.smartpick.engine.advise;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.UsState;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.Budget;
import org.smartpick.engine.domain.profile.ClassStanding;
import org.smartpick.engine.domain.profile.Geography;
import org.smartpick.engine.domain.profile.HomeSchool;
import org.smartpick.engine.domain.profile.Letter;
import org.smartpick.engine.domain.profile.LetterStrength;
import org.smartpick.engine.domain.profile.FacultyRole;
import org.smartpick.engine.domain.profile.Preferences;
import org.smartpick.engine.domain.profile.Quartile;
import org.smartpick.engine.domain.profile.Step2Score;
import org.smartpick.engine.market.MarketParameters;

/** A small specialty's scenarios (cached per JVM) and sample profiles, for tests. */
final class AdviseFixtures {
  static final String SPECIALTY = "Dermatology";
  static final MarketParameters P = MarketParameters.fitted();
  static final ProgramCatalog CATALOG = ProgramCatalog.bundled();

  private AdviseFixtures() {
  }

  private static final Map<Integer, ScenarioSet> BUILT = new ConcurrentHashMap<>();

  /** K scenarios of dermatology, seed 11, built once per JVM. */
  static ScenarioSet scenarios(int k) {
    return BUILT.computeIfAbsent(k, n -> ScenarioSet.build(SPECIALTY, P, 11, n, 2,
        (done, total) -> { }, () -> false));
  }

  /** A US MD dermatology applicant from Texas with the given Step 2 and a count budget. */
  static ApplicantProfile derm(int step2, int budget) {
    return derm(Step2Score.of(step2), budget);
  }

  /** The same applicant with any Step 2 (also pending). */
  static ApplicantProfile derm(Step2Score step2, int budget) {
    return new ApplicantProfile(CATALOG.requireSpecialty(SPECIALTY), Optional.empty(),
        ApplicantType.US_MD_SENIOR, step2, 1, 12,
        new ClassStanding(Quartile.SECOND, false, 2),
        List.of(new Letter(LetterStrength.STRONG, FacultyRole.PROGRAM_DIRECTOR, Optional.empty())),
        new HomeSchool("Home U", Optional.of(UsState.TX), List.of()), List.of(), List.of(),
        List.of(), new Geography(Optional.of(UsState.TX), List.of(), List.of(), List.of(),
            List.of()),
        Preferences.BALANCED, new Budget(OptionalInt.of(budget), OptionalInt.empty()), 3,
        Optional.empty());
  }
}
