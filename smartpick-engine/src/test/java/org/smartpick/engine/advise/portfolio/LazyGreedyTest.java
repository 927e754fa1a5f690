package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LazyGreedyTest extends ScenarioPortfolioOptimizerContract {

  @Override
  ScenarioPortfolioOptimizer optimizer() {
    return new LazyGreedy();
  }

  @Override
  RandomInstances.Scenarios randomInstance(SplittableRandom random, int maxPrograms) {
    return RandomInstances.scenarios(random, maxPrograms, 30, true);
  }

  @Override
  double guarantee() {
    return 1 - 1 / Math.E;
  }

  @Test
  void choosesExactlyWhatPlainGreedyChooses() {
    SplittableRandom random = new SplittableRandom(1234L);
    for (int trial = 0; trial < 300; trial++) {
      RandomInstances.Scenarios instance = RandomInstances.scenarios(random, 40, 200, true);
      ScenarioChances problem = instance.problem();
      int count = problem.programCount() == 0 ? 0 : problem.budget() / problem.cost(0);
      int[] unit = new int[problem.programCount()];
      Arrays.fill(unit, 1);
      List<Integer> reference = PlainGreedy.run(instance.success(), instance.utility(), unit, count);
      assertThat(optimizer().optimize(problem).chosen()).as("trial %d", trial)
          .isEqualTo(reference);
    }
  }

  @Test
  void marginalGainsShrinkAlongTheCurve() {
    SplittableRandom random = new SplittableRandom(55L);
    for (int trial = 0; trial < 300; trial++) {
      List<Double> curve =
          optimizer().optimize(RandomInstances.scenarios(random, 30, 100, true).problem())
              .valueAfterEach();
      for (int i = 2; i < curve.size(); i++) {
        double previousGain = curve.get(i - 1) - curve.get(i - 2);
        assertThat(curve.get(i) - curve.get(i - 1)).as("trial %d step %d", trial, i)
            .isLessThanOrEqualTo(previousGain + TOLERANCE);
      }
    }
  }

  @Test
  void refusesUnequalCosts() {
    ScenarioChances.Builder builder = ScenarioChances.builder(2);
    builder.addProgram("A", 1, 1);
    builder.addProgram("B", 1, 2);
    assertThatThrownBy(() -> optimizer().optimize(builder.budget(2).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal costs");
  }
}
