package org.smartpick.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PositionEstimatorTest {

  @Test
  void workedExampleOfLargestRemainderApportionment() {
    // 10 positions, weights 2:1:1. One each, then 7 split by quotas 3.5, 1.75, 1.75:
    // floors 3, 1, 1 leave 2 seats for the largest remainders (0.75, 0.75) → 4, 3, 3.
    assertThat(PositionEstimator.apportion(10, new double[] {2, 1, 1})).containsExactly(4, 3, 3);
  }

  @Test
  void tiesInRemaindersGoToTheEarlierProgram() {
    assertThat(PositionEstimator.apportion(4, new double[] {1, 1, 1})).containsExactly(2, 1, 1);
  }

  @Test
  void fewerPositionsThanProgramsGivesEveryProgramOne() {
    assertThat(PositionEstimator.apportion(2, new double[] {2, 1, 1})).containsExactly(1, 1, 1);
  }

  @Test
  void rejectsNonPositiveWeightsAndNegativeTotals() {
    assertThatThrownBy(() -> PositionEstimator.apportion(5, new double[] {1, 0}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("weight 0.0");
    assertThatThrownBy(() -> PositionEstimator.apportion(-1, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }

  @Test
  void randomSplitsSumExactlyStayWithinOneOfTheirQuotaAndRespectWeightOrder() {
    SplittableRandom random = new SplittableRandom(20250601L);
    for (int trial = 0; trial < 2_000; trial++) {
      int n = 1 + random.nextInt(60);
      double[] weights = new double[n];
      double weightSum = 0;
      for (int i = 0; i < n; i++) {
        weights[i] = random.nextBoolean() ? PositionEstimator.ACADEMIC_WEIGHT
            : 0.1 + random.nextDouble() * 3;
        weightSum += weights[i];
      }
      int total = n + random.nextInt(40 * n);
      int[] positions = PositionEstimator.apportion(total, weights);

      int sum = 0;
      for (int i = 0; i < n; i++) {
        sum += positions[i];
        double quota = 1 + (total - n) * weights[i] / weightSum;
        assertThat(Math.abs(positions[i] - quota)).as("trial %d program %d", trial, i).isLessThan(1);
        assertThat(positions[i]).isGreaterThanOrEqualTo(1);
        for (int j = 0; j < n; j++) {
          if (weights[i] > weights[j]) {
            assertThat(positions[i]).isGreaterThanOrEqualTo(positions[j]);
          }
        }
      }
      assertThat(sum).as("trial %d", trial).isEqualTo(total);
    }
  }
}
