package org.smartpick.engine.catalog;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.smartpick.engine.domain.GeoPoint;
import org.smartpick.engine.domain.UsState;

/**
 * Filters, order and limit of a program search; every filter is optional. Immutable and validated.
 *
 * @param specialty NRMP or catalog specialty name (resolved by the catalog, ignoring case)
 * @param state only programs in this state
 * @param near reference point for distances
 * @param withinMiles only programs at most this far from {@code near}; needs {@code near}
 * @param minPositions only programs with at least this many positions (estimated ones count;
 *     unknown ones do not pass)
 * @param sort order of the results; {@link ProgramSort#DISTANCE} needs {@code near}
 * @param limit at most this many results
 */
public record ProgramQuery(Optional<String> specialty, Optional<UsState> state,
    Optional<GeoPoint> near, OptionalDouble withinMiles, OptionalInt minPositions,
    ProgramSort sort, OptionalInt limit) {

  /** Every program, by name. */
  public static final ProgramQuery ALL = new ProgramQuery(Optional.empty(), Optional.empty(),
      Optional.empty(), OptionalDouble.empty(), OptionalInt.empty(), ProgramSort.NAME,
      OptionalInt.empty());

  public ProgramQuery {
    Objects.requireNonNull(specialty, "specialty");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(near, "near");
    Objects.requireNonNull(withinMiles, "withinMiles");
    Objects.requireNonNull(minPositions, "minPositions");
    Objects.requireNonNull(sort, "sort");
    Objects.requireNonNull(limit, "limit");
    if (withinMiles.isPresent()) {
      if (near.isEmpty()) {
        throw new IllegalArgumentException("--within needs --near (a place to measure from)");
      }
      if (!(withinMiles.getAsDouble() > 0) || !Double.isFinite(withinMiles.getAsDouble())) {
        throw new IllegalArgumentException("within " + withinMiles.getAsDouble()
            + " miles must be a positive distance");
      }
    }
    if (sort == ProgramSort.DISTANCE && near.isEmpty()) {
      throw new IllegalArgumentException("sort 'distance' needs --near (a place to measure from)");
    }
    if (minPositions.isPresent() && minPositions.getAsInt() < 0) {
      throw new IllegalArgumentException("minimum positions " + minPositions.getAsInt()
          + " must not be negative");
    }
    if (limit.isPresent() && limit.getAsInt() < 1) {
      throw new IllegalArgumentException("limit " + limit.getAsInt() + " must be at least 1");
    }
  }
}
