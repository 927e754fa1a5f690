package org.smartpick.engine.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One ACGME-accredited residency program with its observed facts and, per field that may be
 * estimated, where the value comes from ({@link Provenance}). The market model keeps its latent
 * attributes (reputation, score floor, …) beside the program, keyed by {@link #acgmeId()}, not in
 * this record.
 *
 * <p>Immutable and validated: the ACGME id has 10 digits; positions, when present, are ≥ 1 and
 * absent exactly when their provenance is {@link Provenance#UNKNOWN}; the academic flag always has
 * a value (it is estimated from the name unless imported).
 *
 * @param acgmeId 10-digit ACGME program id
 * @param name program name as ACGME lists it
 * @param specialty the specialty's catalog name (e.g. "Ob Gyn"), see {@code ProgramCatalog}
 * @param city city
 * @param state state or territory
 * @param location city-level coordinates
 * @param positions PGY-1 positions per year, absent when unknown
 * @param positionsProvenance where {@code positions} comes from
 * @param academic true for a university/academic program, false for a community program
 * @param academicProvenance where {@code academic} comes from
 * @param facts optional facts supplied by an import
 * @param importSource the source of imported values, empty when nothing was imported
 */
public record Program(
    String acgmeId,
    String name,
    String specialty,
    String city,
    UsState state,
    GeoPoint location,
    OptionalInt positions,
    Provenance positionsProvenance,
    boolean academic,
    Provenance academicProvenance,
    ProgramFacts facts,
    Optional<String> importSource) {

  public Program {
    Objects.requireNonNull(acgmeId, "acgmeId");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(positions, "positions");
    Objects.requireNonNull(positionsProvenance, "positionsProvenance");
    Objects.requireNonNull(academicProvenance, "academicProvenance");
    Objects.requireNonNull(facts, "facts");
    Objects.requireNonNull(importSource, "importSource");
    if (!isAcgmeId(acgmeId)) {
      throw new IllegalArgumentException("ACGME id '" + acgmeId + "' is not 10 digits");
    }
    requireText(acgmeId, "name", name);
    requireText(acgmeId, "specialty", specialty);
    requireText(acgmeId, "city", city);
    if (positions.isPresent() && positions.getAsInt() < 1) {
      throw new IllegalArgumentException(acgmeId + ": positions " + positions.getAsInt()
          + " must be at least 1");
    }
    if (positions.isEmpty() != (positionsProvenance == Provenance.UNKNOWN)) {
      throw new IllegalArgumentException(acgmeId + ": positions " + positions
          + " do not agree with their provenance " + positionsProvenance);
    }
    if (academicProvenance == Provenance.UNKNOWN) {
      throw new IllegalArgumentException(acgmeId + ": academic flag must have a known provenance");
    }
  }

  /** True if the text is a 10-digit ACGME program id. */
  public static boolean isAcgmeId(String text) {
    return text != null && text.matches("\\d{10}");
  }

  private static void requireText(String id, String field, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(id + ": " + field + " must not be blank");
    }
  }

  /** The US Census region of the program's state. */
  public Region region() {
    return state.region();
  }

  /** The US Census division of the program's state. */
  public Division division() {
    return state.division();
  }

  /** True when the positions are an estimate rather than a published or imported figure. */
  public boolean positionsEstimated() {
    return positionsProvenance == Provenance.ESTIMATED;
  }

  /** True when academic/community was guessed from the program's name. */
  public boolean academicEstimated() {
    return academicProvenance == Provenance.ESTIMATED;
  }

  /** A copy with other positions. */
  public Program withPositions(OptionalInt newPositions, Provenance provenance) {
    return new Program(acgmeId, name, specialty, city, state, location, newPositions, provenance,
        academic, academicProvenance, facts, importSource);
  }
}
