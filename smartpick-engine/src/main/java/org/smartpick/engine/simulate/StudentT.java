package org.smartpick.engine.simulate;

/**
 * The 97.5% quantile of Student's t distribution (for 95% two-sided intervals): exact closed
 * forms for 1 and 2 degrees of freedom, otherwise the Cornish–Fisher expansion around the normal
 * quantile (Abramowitz and Stegun 26.7.5), accurate to about 1e-3 from 3 degrees of freedom.
 * Stateless; thread-safe.
 */
final class StudentT {
  /** The standard normal 97.5% quantile. */
  private static final double Z = 1.959963984540054;

  private StudentT() {
  }

  static double quantile975(long degrees) {
    if (degrees < 1) {
      throw new IllegalArgumentException("degrees of freedom must be at least 1, was " + degrees);
    }
    if (degrees == 1) {
      return Math.tan(Math.PI * (0.975 - 0.5));
    }
    if (degrees == 2) {
      return (2 * 0.975 - 1) / Math.sqrt(2 * 0.975 * 0.025);
    }
    double v = degrees;
    double z3 = Z * Z * Z;
    double z5 = z3 * Z * Z;
    double z7 = z5 * Z * Z;
    return Z + (z3 + Z) / (4 * v) + (5 * z5 + 16 * z3 + 3 * Z) / (96 * v * v)
        + (3 * z7 + 19 * z5 + 17 * z3 - 15 * Z) / (384 * v * v * v);
  }
}
