package org.smartpick.engine.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class OutsideApplicantScorerStreamsTest {

  @Test
  void streamSeedsAreTheValuesOfASplittableRandomWithTheSameSeed() {
    SplittableRandom seeds = new SplittableRandom(42);
    for (int trial = 0; trial < 200; trial++) {
      long seed = trial == 0 ? Long.MIN_VALUE : seeds.nextLong();
      SplittableRandom reference = new SplittableRandom(seed);
      for (int index = 0; index < 9; index++) {
        assertThat(OutsideApplicantScorer.streamSeed(seed, index))
            .as("seed %d, stream %d", seed, index).isEqualTo(reference.nextLong());
      }
    }
  }
}
