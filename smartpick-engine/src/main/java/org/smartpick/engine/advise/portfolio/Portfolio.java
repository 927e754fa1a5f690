package org.smartpick.engine.advise.portfolio;

import java.util.List;
import java.util.Objects;

/**
 * An optimized application portfolio: the chosen programs (indices) in the order they were added,
 * the value after each addition (the diminishing-returns curve), the budget spent, the value, and
 * an upper bound on the optimum (equal to the value for exact methods). Immutable.
 *
 * @param method the algorithm that produced it
 * @param chosen program indices in the order added
 * @param valueAfterEach value of the first {@code i+1} chosen programs, for each i
 * @param spent total cost of the chosen programs
 * @param value value of the whole portfolio
 * @param upperBound certified upper bound on the optimal value under the same budget
 */
public record Portfolio(
    PortfolioMethod method,
    List<Integer> chosen,
    List<Double> valueAfterEach,
    long spent,
    double value,
    double upperBound) {

  public Portfolio {
    Objects.requireNonNull(method, "method");
    chosen = List.copyOf(chosen);
    valueAfterEach = List.copyOf(valueAfterEach);
    if (chosen.size() != valueAfterEach.size()) {
      throw new IllegalArgumentException("chosen has " + chosen.size()
          + " programs but valueAfterEach has " + valueAfterEach.size() + " values");
    }
  }

  /** The certified optimality gap: {@code upperBound - value} (0 for exact methods). */
  public double gap() {
    return upperBound - value;
  }
}
