package org.smartpick.app.io.portfolio;

import java.util.Objects;
import org.smartpick.engine.advise.portfolio.IndependentChances;

/**
 * A portfolio problem read from a file, with where its budget was written (for messages about the
 * budget that only an optimizer can detect, such as a table too large).
 *
 * @param problem the validated problem
 * @param budgetWhere {@code file:line:column: budget}, for messages
 */
public record PortfolioInput(IndependentChances problem, String budgetWhere) {
  public PortfolioInput {
    Objects.requireNonNull(problem, "problem");
    Objects.requireNonNull(budgetWhere, "budgetWhere");
  }
}
