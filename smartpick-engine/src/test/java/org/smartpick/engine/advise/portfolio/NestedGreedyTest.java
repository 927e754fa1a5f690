package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NestedGreedyTest extends IndependentPortfolioOptimizerContract {

  @Override
  IndependentPortfolioOptimizer optimizer() {
    return new NestedGreedy();
  }

  @Override
  IndependentChances randomInstance(SplittableRandom random, int maxPrograms) {
    return RandomInstances.independent(random, maxPrograms, true);
  }

  @Test
  void everyPrefixOfTheFullRunIsOptimalForItsCount() {
    SplittableRandom random = new SplittableRandom(424242L);
    for (int trial = 0; trial < 1000; trial++) {
      IndependentChances sized = RandomInstances.independent(random, 9, true);
      int cost = sized.size() == 0 ? 1 : sized.program(0).cost();
      IndependentChances everything =
          new IndependentChances(sized.programs(), sized.size() * cost);
      Portfolio full = optimizer().optimize(everything);
      for (int count = 0; count <= sized.size(); count++) {
        double optimum = BruteForce.independentOptimum(everything, count * cost);
        int taken = Math.min(count, full.chosen().size());
        double prefix = taken == 0 ? 0 : full.valueAfterEach().get(taken - 1);
        assertThat(prefix).as("trial %d, count %d", trial, count)
            .isCloseTo(optimum, within(TOLERANCE));
      }
    }
  }

  @Test
  void budgetIsCountedInWholeApplicationsOfTheCommonCost() {
    IndependentChances problem = new IndependentChances(List.of(
        new ProgramChance("A", 0.3, 5, 2),
        new ProgramChance("B", 0.3, 4, 2),
        new ProgramChance("C", 0.3, 3, 2)), 5);
    Portfolio portfolio = optimizer().optimize(problem);
    assertThat(portfolio.chosen()).hasSize(2);
    assertThat(portfolio.spent()).isEqualTo(4);
  }

  @Test
  void budgetAboveTheNumberOfProgramsTakesEveryUsefulProgram() {
    IndependentChances problem = new IndependentChances(List.of(
        new ProgramChance("A", 0.2, 5, 1),
        new ProgramChance("B", 0.4, 4, 1),
        new ProgramChance("C", 0.6, 3, 1)), 100);
    assertThat(optimizer().optimize(problem).chosen()).containsExactlyInAnyOrder(0, 1, 2);
  }

  @Test
  void secondPickIsTheReachNotTheSafetyOfEqualExpectedUtility() {
    // Ranking by p*u would take both safeties (1.0 each, reach 0.95) for a value of 1.0; after
    // one safety the reach still adds 0.5 * 0.9 and the second safety adds nothing.
    IndependentChances problem = new IndependentChances(List.of(
        new ProgramChance("safe1", 1.0, 1, 1),
        new ProgramChance("safe2", 1.0, 1, 1),
        new ProgramChance("reach", 0.5, 1.9, 1)), 2);
    Portfolio portfolio = optimizer().optimize(problem);
    assertThat(portfolio.chosen()).containsExactly(0, 2);
    assertThat(portfolio.valueAfterEach()).containsExactly(1.0, 1.45);
  }

  @Test
  void refusesUnequalCostsNamingTheCostThatDiffers() {
    IndependentChances problem = new IndependentChances(List.of(
        new ProgramChance("A", 0.3, 5, 1), new ProgramChance("B", 0.3, 4, 2)), 3);
    assertThatThrownBy(() -> optimizer().optimize(problem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("equal costs").hasMessageContaining("\"A\" costs 1");
  }
}
