package org.smartpick.app.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.smartpick.app.io.portfolio.PortfolioFormatException;
import org.smartpick.app.io.portfolio.PortfolioInput;
import org.smartpick.app.io.portfolio.PortfolioReportWriter;
import org.smartpick.app.service.InvalidInputException;
import org.smartpick.app.service.OptimizeService;
import org.smartpick.app.service.jobs.JobTask;
import org.smartpick.engine.advise.portfolio.Portfolio;

/**
 * The {@code optimize} job kind: the optimize use case run as a job (input: the portfolio JSON of
 * {@code POST /api/optimize}). Errors in the input name {@code input.<path>}.
 */
final class OptimizeJob {
  /** The kind's name. */
  static final String KIND = "optimize";

  private final OptimizeService optimizer;

  OptimizeJob(OptimizeService optimizer) {
    this.optimizer = optimizer;
  }

  /** Checks the input now and returns the task that optimizes it. */
  JobTask<JsonNode> task(JsonNode input) {
    PortfolioInput portfolio;
    try {
      portfolio = OptimizeHandlers.read(JsonViews.write(input));
    } catch (PortfolioFormatException e) {
      throw new InvalidInputException("$".equals(e.path()) ? "input" : "input." + e.path(),
          e.getMessage());
    }
    return progress -> {
      progress.report(0.1, "optimizing " + portfolio.problem().size() + " programs");
      progress.checkCancelled();
      Portfolio result = optimizer.optimize(portfolio);
      progress.report(0.9, "writing the result");
      return PortfolioReportWriter.json(portfolio.problem(), result);
    };
  }
}
