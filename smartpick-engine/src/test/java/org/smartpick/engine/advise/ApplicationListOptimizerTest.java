package org.smartpick.engine.advise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ApplicationListOptimizerTest {

  @Test
  void theOptimizedListBeatsOrEqualsNaiveStrategiesOnTheSameScenarios() {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    for (int step2 : new int[] {235, 250, 262}) {
      var profile = AdviseFixtures.derm(step2, 25);
      ChanceEstimator estimator = new ChanceEstimator(2);
      Chances chances = estimator.estimate(set, StudentModel.of(profile, set), 3);
      Chances holdout = estimator.estimate(set, StudentModel.of(profile, set), 4);
      long start = System.nanoTime();
      ApplicationAdvice advice = new ApplicationListOptimizer().optimize(chances, holdout,
          profile, ErasFees.bundled(), 3);
      System.out.printf("step2 %d: advice %.1f ms, P(match) %.2f, comparisons %s%n", step2,
          (System.nanoTime() - start) / 1e6, advice.matchChance().p(), advice.comparisons());
      assertThat(advice.picks().size()).isLessThanOrEqualTo(25);
      assertThat(advice.upperBound()).isGreaterThanOrEqualTo(advice.optimizedValue() - 1e-12);
      assertThat(advice.optimizedValue()).as("held-out value is not above the optimized one"
          + " beyond noise").isGreaterThanOrEqualTo(advice.expectedUtility() - 0.05);
      // On held-out draws with the interview cap the optimized list is not guaranteed to win;
      // tolerance 0.05 in expected utility (60 scenarios).
      double optimized = advice.comparisons().get(0).expectedUtility();
      for (ApplicationAdvice.Comparison naive : advice.comparisons()) {
        assertThat(optimized).as(naive.strategy()).isGreaterThanOrEqualTo(
            naive.expectedUtility() - 0.05);
      }
      assertThat(advice.curve().get(advice.curve().size() - 1).matchChance())
          .isEqualTo(advice.matchChance().p());
    }
  }

  @Test
  void choosingOnSeveralDrawsPerScenarioShrinksTheOptimismAndStillBeatsNaiveLists() {
    ScenarioSet set = AdviseFixtures.scenarios(60);
    int draws = Advisor.selectionDraws(set.scenarioCount());
    int cap = set.parameters().maxInterviews();
    ChanceEstimator estimator = new ChanceEstimator(2);
    for (int step2 : new int[] {245, 250, 262}) {
      var profile = AdviseFixtures.derm(step2, 20);
      StudentModel student = StudentModel.of(profile, set);
      double[] gap = new double[2];
      double heldOut = 0;
      double naive = 0;
      int seeds = 5;
      for (int seed = 1; seed <= seeds; seed++) {
        Chances holdout = estimator.estimate(set, student, 1000 + seed);
        for (int d = 0; d < 2; d++) {
          Chances chosenOn = estimator.estimate(set, student, seed, d == 0 ? 1 : draws);
          ApplicationAdvice advice = new ApplicationListOptimizer().optimize(chosenOn, holdout,
              profile, ErasFees.bundled(), seed);
          List<Integer> list = advice.picks().stream().map(p -> p.chance().program()).toList();
          int[] order = ListOutcome.byPreference(list,
              ApplicationListOptimizer.utilities(chosenOn, profile));
          double inSample = ListOutcome.of(chosenOn, order, new boolean[set.programCount()], cap)
              .matchChance().p();
          double noSignals = advice.comparisons().get(1).matchChance();
          gap[d] += (inSample - noSignals) / seeds;
          if (d == 1) {
            heldOut += noSignals / seeds;
            naive += Math.max(advice.comparisons().get(2).matchChance(),
                advice.comparisons().get(3).matchChance()) / seeds;
          }
        }
      }
      System.out.printf("Step 2 %d: in-sample minus held-out P(match) %.3f (1 draw) -> %.3f (%d"
          + " draws); held-out %.3f, best naive %.3f%n", step2, gap[0], gap[1], draws, heldOut,
          naive);
      // Measured (seeds 1-5, 60 scenarios): 0.35/0.41/0.19 with one draw, 0.14/0.15/0.10 with 8.
      assertThat(gap[1]).as("gap with %d draws", draws).isLessThan(gap[0] - 0.05);
      // Same held-out draws for all lists; tolerance 0.02 (means of 5 shares of 60).
      assertThat(heldOut).isGreaterThanOrEqualTo(naive - 0.02);
    }
  }
}
