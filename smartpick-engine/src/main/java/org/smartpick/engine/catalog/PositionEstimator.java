package org.smartpick.engine.catalog;

/**
 * Splits a specialty's NRMP total of positions over its catalog programs when only the total is
 * known. Every program gets one position; the rest is apportioned in proportion to a size weight
 * ({@value #ACADEMIC_WEIGHT} for academic programs, {@value #COMMUNITY_WEIGHT} for community ones,
 * reflecting that university programs are typically about twice as large) by the largest-remainder
 * (Hamilton) method, ties going to the earlier program. The result sums exactly to the total
 * whenever the total is at least the number of programs; otherwise every program gets 1.
 *
 * <p>Deterministic; O(n log n) for n programs; stateless and thread-safe.
 */
public final class PositionEstimator {
  /** Size weight of an academic program. */
  public static final double ACADEMIC_WEIGHT = 2.0;
  /** Size weight of a community program. */
  public static final double COMMUNITY_WEIGHT = 1.0;

  private PositionEstimator() {
  }

  /** The size weight of a program. */
  public static double weight(boolean academic) {
    return academic ? ACADEMIC_WEIGHT : COMMUNITY_WEIGHT;
  }

  /**
   * Apportions {@code total} over programs with the given positive weights.
   *
   * @return positions per program, each ≥ 1, in the order of {@code weights}
   * @throws IllegalArgumentException if a weight is not positive and finite or the total is negative
   */
  public static int[] apportion(int total, double[] weights) {
    if (total < 0) {
      throw new IllegalArgumentException("total positions " + total + " must not be negative");
    }
    double weightSum = 0;
    for (double w : weights) {
      if (!(w > 0 && Double.isFinite(w))) {
        throw new IllegalArgumentException("size weight " + w + " must be positive and finite");
      }
      weightSum += w;
    }
    int n = weights.length;
    int[] positions = new int[n];
    java.util.Arrays.fill(positions, 1);
    int rest = total - n;
    if (rest <= 0) {
      return positions;
    }
    double[] remainders = new double[n];
    int given = 0;
    for (int i = 0; i < n; i++) {
      double quota = rest * weights[i] / weightSum;
      int whole = (int) Math.floor(quota);
      positions[i] += whole;
      given += whole;
      remainders[i] = quota - whole;
    }
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    java.util.Arrays.sort(order, (a, b) -> remainders[a] != remainders[b]
        ? Double.compare(remainders[b], remainders[a]) : Integer.compare(a, b));
    for (int k = 0; k < rest - given; k++) {
      positions[order[k]]++;
    }
    return positions;
  }
}
