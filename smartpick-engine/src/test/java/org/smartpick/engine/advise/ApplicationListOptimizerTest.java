package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApplicationListOptimizerTest {

  @Test
  void theOptimizedListBeatsOrEqualsNaiveStrategiesOnTheSameScenarios() {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    for (int step2 : new int[] {235, 250, 262}) {
      var profile = AdviseFixtures.derm(step2, 25);
      Chances chances = new ChanceEstimator(2).estimate(set, StudentModel.of(profile, set), 3);
      long start = System.nanoTime();
      ApplicationAdvice advice = new ApplicationListOptimizer().optimize(chances, profile,
          ErasFees.bundled(), 3);
      System.out.printf("step2 %d: advice %.1f ms, P(match) %.2f, comparisons %s%n", step2,
          (System.nanoTime() - start) / 1e6, advice.matchChance().p(), advice.comparisons());
      assertThat(advice.picks().size()).isLessThanOrEqualTo(25);
      assertThat(advice.upperBound()).isGreaterThanOrEqualTo(advice.expectedUtility() - 1e-12);
      double optimized = advice.comparisons().get(0).expectedUtility();
      for (ApplicationAdvice.Comparison naive : advice.comparisons()) {
        assertThat(optimized).as(naive.strategy()).isGreaterThanOrEqualTo(
            naive.expectedUtility() - 1e-12);
      }
      double previous = 0;
      for (ApplicationAdvice.CurvePoint point : advice.curve()) {
        assertThat(point.matchChance()).isGreaterThanOrEqualTo(previous);
        previous = point.matchChance();
      }
      assertThat(advice.matchChance().p()).isEqualTo(previous);
    }
  }
}
