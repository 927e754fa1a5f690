package org.smartpick.engine.match.synthetic;

/**
 * Splits a whole number into whole shares proportional to weights by the largest-remainder
 * (Hamilton) method: each share gets the floor of its quota, and the units left over go to the
 * largest fractional parts (ties to the lower index). Deterministic; O(n log n). Stateless.
 */
final class Apportionment {

  private Apportionment() {
  }

  /**
   * Shares of {@code total} proportional to {@code weights} (non-negative, positive sum); the
   * shares add up to {@code total} exactly.
   */
  static int[] largestRemainder(double[] weights, int total) {
    double sum = 0;
    for (double w : weights) {
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("weights must be finite and non-negative, found " + w);
      }
      sum += w;
    }
    if (total < 0 || !(sum > 0)) {
      throw new IllegalArgumentException("need total >= 0 and a positive weight sum, got total "
          + total + " and sum " + sum);
    }
    int[] shares = new int[weights.length];
    double[] remainder = new double[weights.length];
    int assigned = 0;
    for (int i = 0; i < weights.length; i++) {
      double quota = total * weights[i] / sum;
      shares[i] = (int) Math.floor(quota);
      remainder[i] = quota - shares[i];
      assigned += shares[i];
    }
    Integer[] order = new Integer[weights.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> Double.compare(remainder[b], remainder[a]));
    for (int k = 0; assigned < total; k++) {
      shares[order[k % order.length]]++;
      assigned++;
    }
    return shares;
  }
}
