package org.smartpick.engine.domain;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * How many preference signals applicants to a specialty may send in one application cycle.
 *
 * @param cycle application cycle, e.g. "2025-26"
 * @param total signals per applicant
 * @param gold gold (higher-tier) signals, when the specialty uses two tiers
 * @param silver silver signals, when the specialty uses two tiers
 * @param reliability "primary", "secondary" or "weak", as graded in the data file
 * @param source where the figure comes from
 */
public record SignalAllotment(String cycle, int total, OptionalInt gold, OptionalInt silver,
    String reliability, String source) {

  public SignalAllotment {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(silver, "silver");
    Objects.requireNonNull(reliability, "reliability");
    Objects.requireNonNull(source, "source");
    if (!cycle.matches("\\d{4}-\\d{2}")) {
      throw new IllegalArgumentException("cycle '" + cycle + "' is not of the form 2025-26");
    }
    if (total <= 0) {
      throw new IllegalArgumentException("signals total must be positive, was " + total);
    }
    if (gold.isPresent() != silver.isPresent()) {
      throw new IllegalArgumentException("gold and silver signals must be given together");
    }
    if (gold.isPresent() && gold.getAsInt() + silver.getAsInt() != total) {
      throw new IllegalArgumentException("gold " + gold.getAsInt() + " + silver "
          + silver.getAsInt() + " differ from the total " + total);
    }
  }
}
