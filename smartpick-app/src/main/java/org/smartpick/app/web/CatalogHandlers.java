package org.smartpick.app.web;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.app.io.catalog.ProgramJsonWriter;
import org.smartpick.app.io.catalog.SpecialtyListWriter;
import org.smartpick.app.service.Distances;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.ProgramSearchRequest;
import org.smartpick.app.service.ProgramSearchResult;
import org.smartpick.app.service.ProgramSearchService;
import org.smartpick.engine.catalog.ProgramSort;
import org.smartpick.engine.domain.UsState;

/**
 * {@code GET /api/programs}, {@code /api/specialties} and {@code /api/states}: the catalog, with
 * the CLI's JSON fields ({@link ProgramJsonWriter}, {@link SpecialtyListWriter}) and its
 * validation ({@link ProgramSearchService}).
 */
final class CatalogHandlers {
  private static final Set<String> SEARCH_PARAMETERS =
      Set.of("specialty", "state", "near", "within", "minPositions", "sort", "limit");

  private final ProgramSearchService search;

  CatalogHandlers(ProgramSearchService search) {
    this.search = search;
  }

  void programs(Context ctx) {
    QueryParameters query = QueryParameters.of(ctx, SEARCH_PARAMETERS);
    ProgramSearchRequest request = new ProgramSearchRequest(query.text("specialty"),
        query.text("state"), query.text("near"), within(query.text("within")),
        query.integer("minPositions"), query.text("sort").map(CatalogHandlers::sort),
        query.integer("limit"));
    ProgramSearchResult result = search.search(request);
    ctx.contentType("application/json").result(ProgramJsonWriter.write(result.hits(),
        result.catalog()));
  }

  void specialties(Context ctx) {
    ctx.contentType("application/json").result(SpecialtyListWriter.json(search.specialties()));
  }

  void states(Context ctx) {
    List<Map<String, String>> states = Arrays.stream(UsState.values())
        .map(s -> Map.of("code", s.name(), "division", s.division().label()))
        .collect(Collectors.toList());
    ctx.json(states);
  }

  private static OptionalDouble within(Optional<String> text) {
    if (text.isEmpty()) {
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(Distances.parseMiles(text.get()));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("within", e.getMessage());
    }
  }

  private static ProgramSort sort(String text) {
    try {
      return ProgramSort.valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("sort", "'" + text
          + "' is not one of name, distance, positions, state");
    }
  }
}
