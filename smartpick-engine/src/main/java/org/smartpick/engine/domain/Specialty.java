package org.smartpick.engine.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A residency specialty as the NRMP reports it, with its 2025 Main Residency Match figures.
 *
 * @param name NRMP specialty name, e.g. "Orthopaedic Surgery"
 * @param catalogName the specialty's name in the ACGME program catalog, empty when the catalog has
 *     no programs for it (e.g. preliminary PGY-1 tracks)
 * @param nrmpPrograms programs participating in the 2025 Match
 * @param nrmpPositions positions offered in the 2025 Match
 * @param nrmpApplicants applicants who ranked the specialty in 2025 (backups included)
 * @param matchedStep2Mean mean Step 2 CK of matched applicants (NRMP Charting Outcomes 2022), if known
 * @param fillRate share of positions filled in the 2025 Match, if known
 */
public record Specialty(
    String name,
    Optional<String> catalogName,
    int nrmpPrograms,
    int nrmpPositions,
    int nrmpApplicants,
    OptionalInt matchedStep2Mean,
    OptionalDouble fillRate) {

  public Specialty {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(catalogName, "catalogName");
    Objects.requireNonNull(matchedStep2Mean, "matchedStep2Mean");
    Objects.requireNonNull(fillRate, "fillRate");
    if (name.isBlank()) {
      throw new IllegalArgumentException("specialty name must not be blank");
    }
    requirePositive("nrmpPrograms", nrmpPrograms);
    requirePositive("nrmpPositions", nrmpPositions);
    requirePositive("nrmpApplicants", nrmpApplicants);
    if (nrmpPositions < nrmpPrograms) {
      throw new IllegalArgumentException(name + ": nrmpPositions " + nrmpPositions
          + " is smaller than nrmpPrograms " + nrmpPrograms);
    }
    if (matchedStep2Mean.isPresent()
        && (matchedStep2Mean.getAsInt() < 1 || matchedStep2Mean.getAsInt() > 300)) {
      throw new IllegalArgumentException(name + ": matchedStep2Mean " + matchedStep2Mean.getAsInt()
          + " is outside the Step 2 CK scale 1..300");
    }
    if (fillRate.isPresent() && !(fillRate.getAsDouble() >= 0 && fillRate.getAsDouble() <= 1)) {
      throw new IllegalArgumentException(name + ": fillRate " + fillRate.getAsDouble()
          + " is outside 0..1");
    }
  }

  private void requirePositive(String field, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + ": " + field + " must be positive, was " + value);
    }
  }

  /** Mean positions per program in the 2025 Match. */
  public double meanPositionsPerProgram() {
    return (double) nrmpPositions / nrmpPrograms;
  }

  /** Applicants per position (a crude competitiveness index). */
  public double applicantsPerPosition() {
    return (double) nrmpApplicants / nrmpPositions;
  }
}
