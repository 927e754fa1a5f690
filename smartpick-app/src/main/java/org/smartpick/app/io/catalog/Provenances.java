package org.smartpick.app.io.catalog;

import org.smartpick.engine.domain.Program;

/** Plain-English sources of a program's figures, shown next to them in every output. */
public final class Provenances {
  /** Where the program list comes from. */
  public static final String PROGRAM_LIST = "ACGME program list, June 2025 (bundled programs.csv)";
  /** How positions are estimated. */
  public static final String POSITIONS_ESTIMATE = "estimated: NRMP 2025 specialty total split over"
      + " the catalog's programs, academic programs weighted 2:1 (docs/catalog.md)";
  /** How academic/community is estimated. */
  public static final String ACADEMIC_ESTIMATE =
      "estimated: guessed from the program name (docs/catalog.md)";
  /** Where the specialty figures come from. */
  public static final String SPECIALTY_FIGURES = "NRMP Results and Data: 2025 Main Residency Match"
      + "; matched Step 2 CK means: NRMP Charting Outcomes 2022; fill rates: ACS brief, 25 Mar 2025"
      + "; signals: AAMC Program Signaling 2025 and specialty societies (bundled SOURCES.md)";

  private Provenances() {
  }

  /** The source of the program's positions. */
  public static String positions(Program program) {
    return switch (program.positionsProvenance()) {
      case ESTIMATED -> POSITIONS_ESTIMATE;
      case IMPORTED -> "imported: " + program.importSource().orElse("user import");
      case UNKNOWN -> "unknown: the specialty is not in the NRMP 2025 figures";
      case BUNDLED -> PROGRAM_LIST;
    };
  }

  /** The source of the program's academic/community flag. */
  public static String academic(Program program) {
    return switch (program.academicProvenance()) {
      case ESTIMATED -> ACADEMIC_ESTIMATE;
      case IMPORTED -> "imported: " + program.importSource().orElse("user import");
      case BUNDLED, UNKNOWN -> PROGRAM_LIST;
    };
  }
}
