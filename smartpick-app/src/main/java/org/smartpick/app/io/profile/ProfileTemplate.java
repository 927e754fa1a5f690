package org.smartpick.app.io.profile;

import java.util.List;
import java.util.Optional;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.profile.ApplicantProfile;
import org.smartpick.engine.domain.profile.Budget;
import org.smartpick.engine.domain.profile.ClassStanding;
import org.smartpick.engine.domain.profile.Geography;
import org.smartpick.engine.domain.profile.HomeSchool;
import org.smartpick.engine.domain.profile.Preferences;
import org.smartpick.engine.domain.profile.Quartile;
import org.smartpick.engine.domain.profile.Step2Score;

/**
 * The starting profile {@code smartpick profile new} writes: the chosen specialty and applicant
 * type, everything else at neutral defaults (Step 2 pending, empty lists, balanced weights, the
 * specialty's signals). It claims nothing about the applicant that they did not say.
 */
public final class ProfileTemplate {
  /** The school name the template carries until the user replaces it. */
  static final String SCHOOL_PLACEHOLDER = "Your medical school";

  private ProfileTemplate() {
  }

  /** A valid profile to fill in. */
  public static ApplicantProfile of(CatalogSpecialty specialty, ApplicantType type) {
    return new ApplicantProfile(specialty, Optional.empty(), type, Step2Score.PENDING,
        ProfileTreeReader.DEFAULT_STEP1_ATTEMPTS, 0,
        new ClassStanding(Quartile.NOT_RANKED, false, 0), List.of(),
        new HomeSchool(SCHOOL_PLACEHOLDER, Optional.empty(), List.of()), List.of(), List.of(),
        List.of(), Geography.NONE, Preferences.BALANCED, Budget.UNLIMITED,
        ApplicantProfile.defaultSignals(specialty), Optional.empty());
  }
}
