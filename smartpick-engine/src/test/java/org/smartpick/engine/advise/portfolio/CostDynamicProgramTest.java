package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CostDynamicProgramTest extends IndependentPortfolioOptimizerContract {

  @Override
  IndependentPortfolioOptimizer optimizer() {
    return new CostDynamicProgram();
  }

  @Override
  IndependentChances randomInstance(SplittableRandom random, int maxPrograms) {
    return RandomInstances.independent(random, maxPrograms, random.nextInt(4) == 0);
  }

  @Test
  void agreesWithNestedGreedyOnLargerEqualCostInstances() {
    SplittableRandom random = new SplittableRandom(99L);
    for (int trial = 0; trial < 200; trial++) {
      IndependentChances problem = RandomInstances.independent(random, 60, true);
      assertThat(optimizer().optimize(problem).value()).as("trial %d", trial)
          .isCloseTo(new NestedGreedy().optimize(problem).value(), within(TOLERANCE));
    }
  }

  @Test
  void feesDecideBetweenOneExpensiveReachAndTwoCheaperPrograms() {
    // Budget 3: {target, safety} is worth 0.5*6 + 0.5*0.9*3 = 4.35; {reach} is worth 10 p.
    assertThat(optimizer().optimize(reachTargetSafety(0.5)).chosen()).containsExactly(0);
    Portfolio cheaper = optimizer().optimize(reachTargetSafety(0.4));
    assertThat(cheaper.chosen()).containsExactly(1, 2);
    assertThat(cheaper.value()).isCloseTo(4.35, within(TOLERANCE));
  }

  private static IndependentChances reachTargetSafety(double reachChance) {
    return new IndependentChances(List.of(
        new ProgramChance("reach", reachChance, 10, 3),
        new ProgramChance("target", 0.5, 6, 2),
        new ProgramChance("safety", 0.9, 3, 1)), 3);
  }

  @Test
  void budgetAboveTheTotalCostIsCappedNotRefused() {
    IndependentChances problem = new IndependentChances(List.of(
        new ProgramChance("A", 0.5, 10, 3), new ProgramChance("B", 0.5, 6, 2)),
        Integer.MAX_VALUE);
    assertThat(optimizer().optimize(problem).chosen()).containsExactly(0, 1);
  }

  @Test
  void refusesATableAboveTheLimitNamingTheBudget() {
    List<ProgramChance> programs = new ArrayList<>();
    for (int j = 0; j < 1000; j++) {
      programs.add(new ProgramChance("P" + j, 0.5, 1, 1_000_000));
    }
    IndependentChances problem = new IndependentChances(programs, 900_000_000);
    assertThatThrownBy(() -> optimizer().optimize(problem))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("budget = 900000000").hasMessageContaining("1000 programs");
  }
}
