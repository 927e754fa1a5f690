package org.smartpick.engine.calibrate;

import java.util.Locale;

/**
 * How much a published target can be trusted, which sets its tolerance and its weight in the
 * calibration objective.
 *
 * <p>Tolerance rule: a share (a probability or proportion in [0, 1]) passes within an absolute
 * number of percentage points; any other figure (a count, a mean, an odds ratio, a fee) within a
 * relative error: primary 2 pp / 5%, secondary 3 pp / 10%, weak 5 pp / 15%. Weights in the
 * objective: primary 1, secondary ½, weak ¼.
 */
public enum Reliability {
  /** An official or peer-reviewed figure for the same quantity. */
  PRIMARY(0.02, 0.05, 1.0),
  /** A survey or a figure for a related year or population. */
  SECONDARY(0.03, 0.10, 0.5),
  /** An approximation of a published figure. */
  WEAK(0.05, 0.15, 0.25);

  private final double shareTolerance;
  private final double relativeTolerance;
  private final double weight;

  Reliability(double shareTolerance, double relativeTolerance, double weight) {
    this.shareTolerance = shareTolerance;
    this.relativeTolerance = relativeTolerance;
    this.weight = weight;
  }

  /** Absolute tolerance for a share (0.02 = 2 percentage points). */
  public double shareTolerance() {
    return shareTolerance;
  }

  /** Relative tolerance for any other figure (0.05 = 5%). */
  public double relativeTolerance() {
    return relativeTolerance;
  }

  /** Weight of a target of this reliability in the calibration objective. */
  public double weight() {
    return weight;
  }

  /**
   * Parses the file's spelling (primary, secondary, weak; any case).
   *
   * @throws IllegalArgumentException naming the text and the valid values
   */
  public static Reliability parse(String text) {
    for (Reliability r : values()) {
      if (r.name().equalsIgnoreCase(text.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("reliability '" + text
        + "' is not one of primary, secondary, weak");
  }

  /** The file's spelling. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
