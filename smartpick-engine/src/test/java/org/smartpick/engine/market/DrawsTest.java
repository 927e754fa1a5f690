package org.smartpick.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DrawsTest {
  @Test
  void poissonAndNegativeBinomialHaveTheirMeansAndVariances() {
    SplittableRandom random = new SplittableRandom(1);
    int n = 40_000;
    for (double mean : new double[] {0.7, 12, 58}) {
      double sum = 0;
      double squares = 0;
      for (int k = 0; k < n; k++) {
        int x = Draws.poisson(random, mean);
        sum += x;
        squares += (double) x * x;
      }
      double m = sum / n;
      // standard error of the mean sqrt(mean/n) ≤ 0.04; tolerance 2% of the mean + 0.02
      assertThat(m).isCloseTo(mean, within(0.02 * mean + 0.02));
      assertThat(squares / n - m * m).isCloseTo(mean, within(0.08 * mean + 0.05));
    }
    double sum = 0;
    double squares = 0;
    for (int k = 0; k < n; k++) {
      int x = Draws.negativeBinomial(random, 16, 1.5);
      sum += x;
      squares += (double) x * x;
    }
    double m = sum / n;
    // variance 16 + 256/1.5 = 186.7: standard error of the mean 0.07
    assertThat(m).isCloseTo(16.0, within(0.3));
    assertThat(squares / n - m * m).isCloseTo(16 + 256 / 1.5, within(15.0));
  }

  @Test
  void categoricalFollowsTheWeights() {
    SplittableRandom random = new SplittableRandom(2);
    double[] cumulative = Draws.cumulative(new double[] {1, 0, 3});
    int[] counts = new int[3];
    for (int k = 0; k < 40_000; k++) {
      counts[Draws.categorical(random, cumulative)]++;
    }
    assertThat(counts[1]).isZero();
    assertThat(counts[2] / 40_000.0).isCloseTo(0.75, within(0.01));
  }
}
