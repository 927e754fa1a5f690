package org.smartpick.engine.match.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Test
  void workedExampleGivesLeftoverToLargestRemainders() {
    // quotas 10 * (0.5, 0.3, 0.2) over 7 -> 3.5, 2.1, 1.4 -> floors 3, 2, 1, leftover 1 to 3.5
    assertThat(Apportionment.largestRemainder(new double[] {5, 3, 2}, 7)).containsExactly(4, 2, 1);
  }

  @Test
  void seededRandomWeightsAlwaysSumExactlyAndStayWithinOneOfTheQuota() {
    SplittableRandom random = new SplittableRandom(20250321L);
    for (int trial = 0; trial < 500; trial++) {
      double[] weights = new double[1 + random.nextInt(30)];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble() * 100;
      }
      weights[random.nextInt(weights.length)] += 1;
      int total = random.nextInt(10_000);
      int[] shares = Apportionment.largestRemainder(weights, total);
      double sum = Arrays.stream(weights).sum();
      assertThat(Arrays.stream(shares).sum()).isEqualTo(total);
      for (int i = 0; i < weights.length; i++) {
        assertThat(Math.abs(shares[i] - total * weights[i] / sum)).isLessThan(1.0);
      }
    }
  }

  @Test
  void rejectsNegativeWeights() {
    assertThatThrownBy(() -> Apportionment.largestRemainder(new double[] {1, -1}, 3))
        .hasMessageContaining("found -1.0");
  }
}
