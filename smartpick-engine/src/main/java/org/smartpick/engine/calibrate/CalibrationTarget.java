package org.smartpick.engine.calibrate;

import java.util.Objects;

/**
 * One row of {@code calibration-targets.csv}: a published figure with its scope, reliability
 * and source. A point value has {@code low == high}; a range such as "0.41-0.52" keeps both ends.
 *
 * @param id the target's id (T01, …)
 * @param scope who or what the figure is about, as in the file
 * @param metric the file's metric name
 * @param text the value as written in the file
 * @param low lower end (the value itself for a point)
 * @param high upper end (the value itself for a point)
 * @param reliability primary, secondary or weak
 * @param source where the figure comes from
 */
public record CalibrationTarget(String id, String scope, String metric, String text, double low,
    double high, Reliability reliability, String source) {

  public CalibrationTarget {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(reliability, "reliability");
    Objects.requireNonNull(source, "source");
    if (!(low <= high) || !Double.isFinite(low) || !Double.isFinite(high)) {
      throw new IllegalArgumentException("target " + id + ": range " + low + ".." + high
          + " is not a finite interval");
    }
  }

  /** True when the file gives a range rather than one value. */
  public boolean isRange() {
    return low < high;
  }

  /** The point value, or the range's midpoint. */
  public double value() {
    return (low + high) / 2;
  }

  /**
   * True when the figure is a share (a probability or proportion): its values lie in [0, 1] and
   * it is not an odds ratio. Shares get an absolute tolerance in percentage points.
   */
  public boolean isShare() {
    return low >= 0 && high <= 1 && !metric.contains("odds_ratio");
  }

  /**
   * The pass tolerance (absolute, in the figure's units): the reliability's percentage points for
   * a share, its relative error times |value| otherwise. See {@link Reliability}.
   */
  public double tolerance() {
    return isShare() ? reliability.shareTolerance()
        : reliability.relativeTolerance() * Math.abs(value());
  }

  /**
   * Distance from a value to the target: 0 inside a range, else to the nearer end (for a point,
   * the signed difference value − target).
   */
  public double error(double simulated) {
    if (simulated < low) {
      return simulated - low;
    }
    if (simulated > high) {
      return simulated - high;
    }
    return 0;
  }

  /**
   * Whether a simulated value passes. A point target passes when |mean − value| ≤ tolerance; a
   * range target passes when the simulated interval [simLow, simHigh] overlaps the range (with
   * fewer than two replicas the interval is the mean alone).
   */
  public boolean passes(double mean, double simLow, double simHigh) {
    if (Double.isNaN(mean)) {
      return false;
    }
    if (isRange()) {
      double a = Double.isNaN(simLow) ? mean : simLow;
      double b = Double.isNaN(simHigh) ? mean : simHigh;
      return a <= high && b >= low;
    }
    return Math.abs(mean - value()) <= tolerance() + 1e-12;
  }
}
