package org.smartpick.app.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.Set;
import org.smartpick.app.io.portfolio.PortfolioInput;
import org.smartpick.app.io.portfolio.PortfolioJsonReader;
import org.smartpick.app.io.portfolio.PortfolioReportWriter;
import org.smartpick.app.service.OptimizeService;
import org.smartpick.app.service.ProfileService;
import org.smartpick.engine.advise.portfolio.Portfolio;

/**
 * {@code POST /api/optimize}: the CLI's optimize use case on a posted portfolio, answered with
 * the CLI's JSON; with {@code profileId} the result is also saved for that profile.
 */
final class OptimizeHandlers {
  /** Kind of the saved result. */
  static final String RESULT_KIND = "optimize";

  private final OptimizeService optimizer;
  private final ProfileService profiles;
  private final JsonBodies bodies;

  OptimizeHandlers(OptimizeService optimizer, ProfileService profiles, JsonBodies bodies) {
    this.optimizer = optimizer;
    this.profiles = profiles;
    this.bodies = bodies;
  }

  void optimize(Context ctx) {
    Optional<String> profileId = QueryParameters.of(ctx, Set.of("profileId")).text("profileId");
    profileId.ifPresent(profiles::get);
    PortfolioInput input = read(bodies.text(ctx));
    Portfolio portfolio = optimizer.optimize(input);
    ObjectNode result = PortfolioReportWriter.json(input.problem(), portfolio);
    profileId.ifPresent(id -> result.put("savedResultId",
        profiles.saveResult(id, RESULT_KIND, JsonViews.write(result)).id()));
    ctx.json(result);
  }

  /** Reads a portfolio problem from JSON text; errors name the JSON path. */
  static PortfolioInput read(String json) {
    try {
      return PortfolioJsonReader.read("request body", new StringReader(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
