package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DualBoundTest {

  @Test
  void equalsTheFractionalKnapsackOptimum() {
    SplittableRandom random = new SplittableRandom(606L);
    for (int trial = 0; trial < 2000; trial++) {
      int n = random.nextInt(15);
      double[] gain = new double[n];
      int[] cost = new int[n];
      for (int j = 0; j < n; j++) {
        gain[j] = random.nextInt(3) == 0 ? 0 : random.nextInt(4) == 0 ? 1 : random.nextDouble();
        cost[j] = 1 + random.nextInt(6);
      }
      long budget = random.nextInt(4 * n + 2);
      assertThat(DualBound.of(gain, cost, budget, new double[n])).as("trial %d", trial)
          .isCloseTo(BruteForce.fractionalKnapsack(gain, cost, budget), within(1e-12));
    }
  }

  @Test
  void withUnitCostsItIsTheSumOfTheLargestGains() {
    double[] gain = {0.5, 0.1, 0.9, 0.3, 0.9};
    int[] unit = new int[gain.length];
    Arrays.fill(unit, 1);
    assertThat(DualBound.of(gain, unit, 2, new double[5])).isCloseTo(1.8, within(1e-12));
    assertThat(DualBound.of(gain, unit, 3, new double[5])).isCloseTo(2.3, within(1e-12));
    assertThat(DualBound.of(gain, unit, 0, new double[5])).isZero();
  }
}
