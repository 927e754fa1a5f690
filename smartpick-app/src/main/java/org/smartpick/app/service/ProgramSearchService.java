package org.smartpick.app.service;

import java.util.Optional;
import java.util.function.Supplier;
import org.smartpick.engine.catalog.CatalogSpecialty;
import org.smartpick.engine.catalog.ProgramCatalog;
import org.smartpick.engine.catalog.ProgramQuery;
import org.smartpick.engine.catalog.ProgramSearch;
import org.smartpick.engine.catalog.ProgramSort;
import org.smartpick.engine.domain.GeoPoint;
import org.smartpick.engine.domain.UsState;

/**
 * The program search use case shared by {@code smartpick programs} and {@code GET /api/programs}:
 * validates a {@link ProgramSearchRequest} (every problem is an {@link InvalidInputException}
 * naming the field, with the same words in CLI and API) and runs it on the catalog.
 *
 * <p>O(n log n) per search for n programs. Thread-safe if the catalog supplier is.
 */
public final class ProgramSearchService {
  private final Supplier<ProgramCatalog> catalog;

  /** @param catalog the catalog to search (bundled plus imports), asked once per search */
  public ProgramSearchService(Supplier<ProgramCatalog> catalog) {
    this.catalog = catalog;
  }

  /** Runs a search. */
  public ProgramSearchResult search(ProgramSearchRequest request) {
    ProgramCatalog programs = catalog.get();
    Optional<UsState> state = request.state().map(ProgramSearchService::state);
    Optional<GeoPoint> near = request.near().map(city -> locate(programs, city));
    request.specialty().ifPresent(name -> specialty(programs, name));
    if (request.withinMiles().isPresent() && near.isEmpty()) {
      throw new InvalidInputException("within", "needs near (a place to measure from)");
    }
    ProgramSort sort = request.sort()
        .orElse(near.isPresent() ? ProgramSort.DISTANCE : ProgramSort.NAME);
    if (sort == ProgramSort.DISTANCE && near.isEmpty()) {
      throw new InvalidInputException("sort", "'distance' needs near (a place to measure from)");
    }
    if (request.minPositions().isPresent() && request.minPositions().getAsInt() < 0) {
      throw new InvalidInputException("minPositions", "'" + request.minPositions().getAsInt()
          + "' must not be negative");
    }
    if (request.limit().isPresent() && request.limit().getAsInt() < 1) {
      throw new InvalidInputException("limit", "'" + request.limit().getAsInt()
          + "' must be at least 1");
    }
    ProgramQuery query = new ProgramQuery(request.specialty(), state, near, request.withinMiles(),
        request.minPositions(), sort, request.limit());
    return new ProgramSearchResult(ProgramSearch.run(programs, query), programs, near.isPresent());
  }

  /** The catalog's specialties, as {@code smartpick specialties} lists them. */
  public java.util.List<CatalogSpecialty> specialties() {
    return catalog.get().specialties();
  }

  private static UsState state(String code) {
    return UsState.fromCode(code).orElseThrow(() -> new InvalidInputException("state", "'" + code
        + "' is not a US state or territory code (e.g. TX, PR)"));
  }

  private static GeoPoint locate(ProgramCatalog catalog, String city) {
    try {
      return catalog.cities().require(city);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("near", e.getMessage());
    }
  }

  private static void specialty(ProgramCatalog catalog, String name) {
    try {
      catalog.requireSpecialty(name);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("specialty", e.getMessage());
    }
  }
}
