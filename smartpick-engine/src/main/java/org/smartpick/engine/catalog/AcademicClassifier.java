package org.smartpick.engine.catalog;

import java.util.regex.Pattern;

/**
 * Guesses whether a program is academic (university-based) or community-based from its ACGME name.
 * The guess is an estimate and is labelled so wherever it appears; an import replaces it.
 *
 * <p>Rule: academic when the name contains, case-insensitively, "University", "College of
 * Medicine", "Medical College", "School of Medicine", "Health Science(s) Center" or a University
 * of California campus abbreviation ("UCLA", "UCSF", "UC Davis", "UC Irvine", "UC San Diego",
 * "UC Riverside"). Academic hospitals whose program names carry none of these words (e.g. "Mayo
 * Clinic", "Cedars-Sinai Medical Center") are counted as community: the rule errs towards community.
 * O(length of the name); stateless and thread-safe.
 */
public final class AcademicClassifier {
  private static final Pattern ACADEMIC = Pattern.compile(
      "universit|college of medicine|medical college|school of medicine"
          + "|health sciences? cent|\\bUCLA\\b|\\bUCSF\\b|\\bUC (davis|irvine|san diego|riverside)\\b",
      Pattern.CASE_INSENSITIVE);

  private AcademicClassifier() {
  }

  /** True if the program name suggests an academic program. */
  public static boolean looksAcademic(String programName) {
    return ACADEMIC.matcher(programName).find();
  }
}
