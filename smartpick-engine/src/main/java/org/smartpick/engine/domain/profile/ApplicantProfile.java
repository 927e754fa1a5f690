package org.smartpick.engine.domain.profile;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.SignalAllotment;

/**
 * Everything SmartPick knows about one applicant: what they apply for, their file, their ties to
 * programs, their preferences and their budget. Immutable; the constructor reports every invalid
 * field at once ({@link InvalidProfileException}, paths as in the profile file). Program ids are
 * checked for their form here and against a catalog by {@link ProfileCatalogCheck}.
 *
 * <p>Sensitive (red flags, leaves): never log a profile or its parts.
 *
 * @param specialty the specialty applied to
 * @param backupSpecialty an optional second specialty, different from {@code specialty}
 * @param applicantType NRMP applicant group
 * @param step2 Step 2 CK score or pending
 * @param step1Attempts Step 1 attempts so far, 0 (not taken) ..{@value
 *     ProfileLimits#STEP1_ATTEMPTS_MAX}; more than 1 means a failed attempt
 * @param researchItems abstracts, posters, presentations and publications, 0..{@value
 *     ProfileLimits#RESEARCH_ITEMS_MAX}
 * @param classStanding class rank and honors
 * @param letters letters of recommendation, at most {@value ProfileLimits#LETTERS_MAX}
 * @param homeSchool the medical school and its affiliated programs
 * @param awayRotations away rotations, distinct programs, at most {@value
 *     ProfileLimits#AWAY_ROTATIONS_MAX}
 * @param advocates people who will speak up, at most {@value ProfileLimits#ADVOCATES_MAX}
 * @param redFlags things programs will ask about, at most {@value ProfileLimits#RED_FLAGS_MAX}
 * @param geography home state and where to train
 * @param preferences preference weights
 * @param budget application budget
 * @param signals preference signals available, 0..{@value ProfileLimits#SIGNALS_MAX} (default:
 *     the specialty's allotment, {@link #defaultSignals})
 * @param couplePartner the partner when matching as a couple
 */
public record ApplicantProfile(
    CatalogSpecialty specialty,
    Optional<CatalogSpecialty> backupSpecialty,
    ApplicantType applicantType,
    Step2Score step2,
    int step1Attempts,
    int researchItems,
    ClassStanding classStanding,
    List<Letter> letters,
    HomeSchool homeSchool,
    List<AwayRotation> awayRotations,
    List<Advocate> advocates,
    List<RedFlag> redFlags,
    Geography geography,
    Preferences preferences,
    Budget budget,
    int signals,
    Optional<CouplePartner> couplePartner) {

  public ApplicantProfile {
    Objects.requireNonNull(specialty, "specialty");
    Objects.requireNonNull(backupSpecialty, "backupSpecialty");
    Objects.requireNonNull(applicantType, "applicantType");
    Objects.requireNonNull(step2, "step2");
    Objects.requireNonNull(classStanding, "classStanding");
    Objects.requireNonNull(homeSchool, "homeSchool");
    Objects.requireNonNull(geography, "geography");
    Objects.requireNonNull(preferences, "preferences");
    Objects.requireNonNull(budget, "budget");
    Objects.requireNonNull(couplePartner, "couplePartner");
    letters = List.copyOf(letters);
    awayRotations = List.copyOf(awayRotations);
    advocates = List.copyOf(advocates);
    redFlags = List.copyOf(redFlags);
    new FieldChecks()
        .require(backupSpecialty.filter(specialty::equals).isEmpty(), "backupSpecialty",
            specialty.name(), "is the main specialty; a backup must be a different specialty")
        .range("step1Attempts", step1Attempts, 0, ProfileLimits.STEP1_ATTEMPTS_MAX)
        .range("researchItems", researchItems, 0, ProfileLimits.RESEARCH_ITEMS_MAX)
        .size("letters", letters, ProfileLimits.LETTERS_MAX)
        .size("awayRotations", awayRotations, ProfileLimits.AWAY_ROTATIONS_MAX)
        .distinct("awayRotations", awayRotations.stream().map(AwayRotation::programId).toList())
        .size("advocates", advocates, ProfileLimits.ADVOCATES_MAX)
        .size("redFlags", redFlags, ProfileLimits.RED_FLAGS_MAX)
        .range("signals", signals, 0, ProfileLimits.SIGNALS_MAX)
        .done();
  }

  /**
   * The signals an applicant to the specialty gets in the latest cycle known (0 when the
   * specialty does not use signals or its allotment is unknown).
   */
  public static int defaultSignals(CatalogSpecialty specialty) {
    return specialty.latestSignals().map(SignalAllotment::total).orElse(0);
  }
}
