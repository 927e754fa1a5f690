package org.smartpick.app.web;

import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads query parameters strictly: unknown names, repeated names and malformed numbers are 400
 * errors naming the parameter and its value. Blank values count as absent.
 */
final class QueryParameters {
  private final Context ctx;

  private QueryParameters(Context ctx) {
    this.ctx = ctx;
  }

  /** Parameters of a request whose names must all be in {@code allowed}. */
  static QueryParameters of(Context ctx, Set<String> allowed) {
    for (Map.Entry<String, List<String>> entry : ctx.queryParamMap().entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        throw new ApiError.BadRequest(entry.getKey(), "unknown parameter; expected one of "
            + String.join(", ", new TreeSet<>(allowed)));
      }
      if (entry.getValue().size() > 1) {
        throw new ApiError.BadRequest(entry.getKey(), "given " + entry.getValue().size()
            + " times; give it once");
      }
    }
    return new QueryParameters(ctx);
  }

  Optional<String> text(String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  OptionalInt integer(String name) {
    Optional<String> value = text(name);
    if (value.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(Integer.parseInt(value.get()));
    } catch (NumberFormatException e) {
      throw new ApiError.BadRequest(name, "'" + value.get() + "' is not a whole number");
    }
  }
}
