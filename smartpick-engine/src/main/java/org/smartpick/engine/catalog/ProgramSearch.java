package org.smartpick.engine.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.smartpick.engine.domain.Program;

/**
 * Filters and sorts a catalog's programs by a {@link ProgramQuery}, computing great-circle
 * distances (haversine) when the query has a reference point.
 *
 * <p>O(n log n) for n programs. Stateless and thread-safe.
 */
public final class ProgramSearch {
  private static final Comparator<ProgramHit> BY_NAME =
      Comparator.comparing((ProgramHit h) -> h.program().name())
          .thenComparing(h -> h.program().acgmeId());

  private ProgramSearch() {
  }

  /**
   * Runs the query.
   *
   * @throws IllegalArgumentException when the query names an unknown specialty (the message lists
   *     the valid names)
   */
  public static List<ProgramHit> run(ProgramCatalog catalog, ProgramQuery query) {
    Stream<Program> programs = query.specialty()
        .map(name -> catalog.programsIn(catalog.requireSpecialty(name)).stream())
        .orElseGet(() -> catalog.programs().stream());
    Stream<ProgramHit> hits = programs
        .filter(p -> query.state().map(s -> s == p.state()).orElse(true))
        .filter(p -> query.minPositions().isEmpty()
            || p.positions().orElse(-1) >= query.minPositions().getAsInt())
        .map(p -> new ProgramHit(p, query.near()
            .map(point -> OptionalDouble.of(point.milesTo(p.location())))
            .orElse(OptionalDouble.empty())))
        .filter(h -> query.withinMiles().isEmpty()
            || h.distanceMiles().getAsDouble() <= query.withinMiles().getAsDouble())
        .sorted(order(query.sort()));
    if (query.limit().isPresent()) {
      hits = hits.limit(query.limit().getAsInt());
    }
    return hits.toList();
  }

  private static Comparator<ProgramHit> order(ProgramSort sort) {
    return switch (sort) {
      case NAME -> BY_NAME;
      case DISTANCE -> Comparator.comparingDouble((ProgramHit h) -> h.distanceMiles().getAsDouble())
          .thenComparing(BY_NAME);
      case POSITIONS -> Comparator.comparingInt((ProgramHit h) -> -h.program().positions().orElse(0))
          .thenComparing(BY_NAME);
      case STATE -> Comparator.comparing((ProgramHit h) -> h.program().state().name())
          .thenComparing(h -> h.program().city()).thenComparing(BY_NAME);
    };
  }
}
