package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CostBenefitLazyGreedyTest extends ScenarioPortfolioOptimizerContract {

  @Override
  ScenarioPortfolioOptimizer optimizer() {
    return new CostBenefitLazyGreedy();
  }

  @Override
  RandomInstances.Scenarios randomInstance(SplittableRandom random, int maxPrograms) {
    return RandomInstances.scenarios(random, maxPrograms, 30, random.nextInt(4) == 0);
  }

  @Override
  double guarantee() {
    return (1 - 1 / Math.E) / 2;
  }

  @Test
  void choosesPlainCostBenefitGreedyOrTheBestSingleProgram() {
    SplittableRandom random = new SplittableRandom(4321L);
    for (int trial = 0; trial < 300; trial++) {
      RandomInstances.Scenarios instance = RandomInstances.scenarios(random, 40, 200, false);
      ScenarioChances problem = instance.problem();
      List<Integer> reference = PlainGreedy.run(
          instance.success(), instance.utility(), instance.cost(), problem.budget());
      Portfolio portfolio = optimizer().optimize(problem);
      if (!portfolio.chosen().equals(reference)) {
        assertThat(portfolio.chosen()).as("trial %d", trial).hasSize(1);
        assertThat(portfolio.value()).isGreaterThan(problem.value(reference));
      }
    }
  }

  @Test
  void bestSingleProgramSafeguardBeatsTheRatioRule() {
    // The cheap program has the better ratio (2 per unit) but then the big one no longer fits.
    ScenarioChances.Builder builder = ScenarioChances.builder(2);
    int big = builder.addProgram("big", 10, 10);
    int cheap = builder.addProgram("cheap", 2, 1);
    for (int k = 0; k < 2; k++) {
      builder.accepts(k, big).accepts(k, cheap);
    }
    Portfolio portfolio = optimizer().optimize(builder.budget(10).build());
    assertThat(portfolio.chosen()).containsExactly(big);
    assertThat(portfolio.value()).isEqualTo(10.0);
    assertThat(portfolio.upperBound()).isGreaterThanOrEqualTo(10.0);
  }

  @Test
  void boundIsTheFractionalKnapsackOfSingleGainsWhenNothingOverlaps() {
    // Disjoint scenarios: gains never shrink, so the bound is the fractional knapsack of gains.
    ScenarioChances.Builder builder = ScenarioChances.builder(4);
    int a = builder.addProgram("A", 4, 2);
    int b = builder.addProgram("B", 4, 3);
    builder.accepts(0, a).accepts(1, b);
    Portfolio portfolio = optimizer().optimize(builder.budget(4).build());
    assertThat(portfolio.chosen()).containsExactly(a);
    assertThat(portfolio.value()).isEqualTo(1.0);
    assertThat(portfolio.upperBound()).isCloseTo(1.0 + 2.0 / 3.0, within(TOLERANCE));
  }
}
