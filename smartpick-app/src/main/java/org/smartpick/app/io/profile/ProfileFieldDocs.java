package org.smartpick.app.io.profile;

import static org.smartpick.app.io.profile.ProfileFields.*;
import static org.smartpick.engine.domain.profile.ProfileLimits.*;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.smartpick.engine.advise.ErasFees;
import org.smartpick.engine.domain.ApplicantType;
import org.smartpick.engine.domain.Region;
import org.smartpick.engine.domain.profile.FacultyRole;
import org.smartpick.engine.domain.profile.LetterStrength;
import org.smartpick.engine.domain.profile.ProgramSetting;
import org.smartpick.engine.domain.profile.ProgramSize;
import org.smartpick.engine.domain.profile.Quartile;
import org.smartpick.engine.domain.profile.RedFlagType;
import org.smartpick.engine.domain.profile.RotationOutcome;
import org.smartpick.engine.domain.profile.Standing;

/**
 * One explanation per profile field, with its allowed values taken from the enums and limits the
 * validation uses, keyed by pattern ({@code letters[].strength} for a field of every entry).
 * Used for the comments of the YAML template. Immutable.
 */
final class ProfileFieldDocs {
  private final Map<String, String> docs;

  private ProfileFieldDocs(Map<String, String> docs) {
    this.docs = Collections.unmodifiableMap(new LinkedHashMap<>(docs));
  }

  /** The explanations, with the ERAS fee schedule of {@code fees}. */
  static ProfileFieldDocs with(ErasFees fees) {
    Map<String, String> d = new LinkedHashMap<>();
    d.put(SPECIALTY, "The specialty you apply to: its NRMP or catalog name (smartpick"
        + " specialties lists them).");
    d.put(BACKUP_SPECIALTY, "A second, different specialty you also apply to, or null.");
    d.put(APPLICANT_TYPE, "One of " + values(ApplicantType.class) + ".");
    d.put(STEP2, "USMLE Step 2 CK score, " + STEP2_MIN + ".." + STEP2_MAX + ", or \"" + PENDING
        + "\" while the result is not out.");
    d.put(STEP1_ATTEMPTS, "Step 1 attempts so far, 0.." + STEP1_ATTEMPTS_MAX
        + " (0: not taken yet; more than 1 means a failed attempt). Default "
        + ProfileTreeReader.DEFAULT_STEP1_ATTEMPTS + ".");
    d.put(RESEARCH_ITEMS, "Abstracts, posters, presentations and publications, 0.."
        + RESEARCH_ITEMS_MAX + ".");
    d.put(CLASS_STANDING, "Class rank and honors.");
    d.put(CLASS_STANDING + "." + QUARTILE, values(Quartile.class)
        + " (FIRST is the top 25%).");
    d.put(CLASS_STANDING + "." + ALPHA_OMEGA_ALPHA, "true if elected to Alpha Omega Alpha (or"
        + " your school's equivalent).");
    d.put(CLASS_STANDING + "." + HONORS, "Clerkships graded honors, 0.." + HONORS_MAX + ".");
    d.put(LETTERS, "Letters of recommendation, at most " + LETTERS_MAX + ".");
    d.put(LETTERS + "[]." + STRENGTH, values(LetterStrength.class) + " (your best guess).");
    d.put(LETTERS + "[]." + WRITER_ROLE, values(FacultyRole.class) + ".");
    d.put(LETTERS + "[]." + INSTITUTION, "The writer's institution, or null.");
    d.put(HOME_SCHOOL, "Your medical school.");
    d.put(HOME_SCHOOL + "." + NAME, "Its name (1.." + NAME_LENGTH + " characters).");
    d.put(HOME_SCHOOL + "." + STATE, "Its two-letter state code, or null outside the US.");
    d.put(HOME_SCHOOL + "." + AFFILIATED_PROGRAMS, "ACGME ids (10 digits, in quotes) of your"
        + " school's own residency programs, e.g. [\"2601100003\"]; smartpick programs lists"
        + " ids.");
    d.put(AWAY_ROTATIONS, "Away rotations, at most " + AWAY_ROTATIONS_MAX
        + ", one per program.");
    d.put(AWAY_ROTATIONS + "[]." + PROGRAM_ID, "The program's 10-digit ACGME id, in quotes.");
    d.put(AWAY_ROTATIONS + "[]." + OUTCOME, "How it went: " + values(RotationOutcome.class)
        + ", or null if you do not know.");
    d.put(ADVOCATES, "People who know your work and will speak up for you, at most "
        + ADVOCATES_MAX + ".");
    d.put(ADVOCATES + "[]." + NAME, "Who (optional).");
    d.put(ADVOCATES + "[]." + ROLE, values(FacultyRole.class) + ".");
    d.put(ADVOCATES + "[]." + STANDING, values(Standing.class)
        + ": how much their word counts with program directors.");
    d.put(ADVOCATES + "[]." + PROGRAMS, "ACGME ids of programs they are tied to (trained or"
        + " work there, know the program director).");
    d.put(ADVOCATES + "[]." + CONTACTS, "Program directors or others they know, free text.");
    d.put(RED_FLAGS, "Anything programs will ask about, at most " + RED_FLAGS_MAX
        + ". Private: this file stays on your computer.");
    d.put(RED_FLAGS + "[]." + TYPE, values(RedFlagType.class) + ".");
    d.put(RED_FLAGS + "[]." + YEAR, "The year it happened, " + YEAR_MIN + ".." + YEAR_MAX + ".");
    d.put(RED_FLAGS + "[]." + WHAT_WAS_DONE, "What you did about it (up to " + NOTE_LENGTH
        + " characters), or null.");
    d.put(RED_FLAGS + "[]." + OWNED, "true if you have a clean, consistent account of it that"
        + " your mentors can repeat.");
    d.put(GEOGRAPHY, "Where you come from and where you want to train.");
    d.put(GEOGRAPHY + "." + HOME_STATE, "Your home state (two-letter code), or null.");
    d.put(GEOGRAPHY + "." + PREFERRED_STATES, "States you prefer, e.g. [TX, OK].");
    d.put(GEOGRAPHY + "." + PREFERRED_REGIONS, "Regions you prefer: " + values(Region.class)
        + ".");
    d.put(GEOGRAPHY + "." + AVOIDED_STATES, "States to avoid (not also preferred).");
    d.put(GEOGRAPHY + "." + AVOIDED_REGIONS, "Regions to avoid (not also preferred).");
    d.put(PREFERENCES, "How much each matters to you, 0 (not at all) to " + WEIGHT_MAX + ".");
    d.put(PREFERENCES + "." + LOCATION, "Being where you want to live (see geography).");
    d.put(PREFERENCES + "." + REPUTATION, "The program's reputation.");
    d.put(PREFERENCES + "." + SIZE, "The program's size (see preferredSize).");
    d.put(PREFERENCES + "." + SETTING, "Academic or community (see preferredSetting).");
    d.put(PREFERENCES + "." + FIT, "Personal fit: the people and the culture.");
    d.put(PREFERENCES + "." + PREFERRED_SIZE, values(ProgramSize.class) + ".");
    d.put(PREFERENCES + "." + PREFERRED_SETTING, values(ProgramSetting.class) + ".");
    d.put(BUDGET, "Your limit: a number of applications, ERAS fee dollars, both (the tighter"
        + " one binds) or neither (null).");
    d.put(BUDGET + "." + MAX_APPLICATIONS, "1.." + APPLICATIONS_MAX + ", or null.");
    d.put(BUDGET + "." + MAX_DOLLARS, "1.." + DOLLARS_MAX + ", or null. ERAS fees per"
        + " specialty: $" + fees.firstTierFee() + " each for the first " + fees.firstTierSize()
        + ", $" + fees.laterFee() + " after (" + fees.source() + ").");
    d.put(SIGNALS, "Preference signals you may send, 0.." + SIGNALS_MAX + " and at most your"
        + " specialty's allotment (the default).");
    d.put(COUPLE_PARTNER, "Your partner if you enter the Match as a couple, else null.");
    d.put(COUPLE_PARTNER + "." + SPECIALTY, "Your partner's specialty.");
    d.put(COUPLE_PARTNER + "." + APPLICANT_TYPE, "Your partner's applicant type.");
    d.put(COUPLE_PARTNER + "." + SAME_CITY, "true: only the same city will do; false: the same"
        + " region will do.");
    return new ProfileFieldDocs(d);
  }

  /** The explanation of a field by pattern, e.g. {@code letters[].strength}. */
  Optional<String> of(String pattern) {
    return Optional.ofNullable(docs.get(pattern));
  }

  /** The patterns of the direct children of a pattern ({@code letters[]} → its fields), in order. */
  List<String> childrenOf(String pattern) {
    String prefix = pattern + ".";
    return docs.keySet().stream()
        .filter(k -> k.startsWith(prefix) && k.indexOf('.', prefix.length()) < 0)
        .toList();
  }

  private static <E extends Enum<E>> String values(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", "));
  }
}
