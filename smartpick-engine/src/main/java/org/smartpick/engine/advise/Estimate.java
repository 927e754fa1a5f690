package org.smartpick.engine.advise;

/**
 * A probability estimated as a share of scenarios, with its 95% Wilson score interval
 * (E. B. Wilson, JASA 22, 1927), which stays inside [0, 1] and behaves at shares of 0 and 1.
 *
 * @param successes scenarios where the event happened
 * @param trials scenarios
 * @param p the share
 * @param low lower end of the 95% interval
 * @param high upper end of the 95% interval
 */
public record Estimate(int successes, int trials, double p, double low, double high) {
  private static final double Z = 1.959963984540054;

  /** The share {@code successes / trials} with its Wilson interval. */
  public static Estimate of(int successes, int trials) {
    if (trials < 1 || successes < 0 || successes > trials) {
      throw new IllegalArgumentException(
          "successes = " + successes + " and trials = " + trials + " must satisfy 0 <= s <= n, n >= 1");
    }
    double p = (double) successes / trials;
    double z2 = Z * Z;
    double centre = (p + z2 / (2.0 * trials)) / (1 + z2 / trials);
    double half = Z * Math.sqrt(p * (1 - p) / trials + z2 / (4.0 * trials * trials))
        / (1 + z2 / trials);
    return new Estimate(successes, trials, p, Math.max(0, centre - half),
        Math.min(1, centre + half));
  }
}
