package org.smartpick.app.service;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.smartpick.engine.catalog.ProgramSort;

/**
 * A program search as a person asks for it, before validation: names and codes as typed.
 *
 * @param specialty NRMP or catalog specialty name, any case
 * @param state two-letter state code, any case
 * @param near "City, ST" of a catalog city
 * @param withinMiles only programs this close to {@code near}
 * @param minPositions only programs with at least this many positions
 * @param sort order; empty means distance with {@code near}, else name
 * @param limit at most this many programs
 */
public record ProgramSearchRequest(Optional<String> specialty, Optional<String> state,
    Optional<String> near, OptionalDouble withinMiles, OptionalInt minPositions,
    Optional<ProgramSort> sort, OptionalInt limit) {

  /** Every program. */
  public static final ProgramSearchRequest ALL = new ProgramSearchRequest(Optional.empty(),
      Optional.empty(), Optional.empty(), OptionalDouble.empty(), OptionalInt.empty(),
      Optional.empty(), OptionalInt.empty());
}
