package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Samples an independent-chances problem into K scenarios and checks that the sample-average
 * problem agrees with the exact one. Fixed seed; tolerances are derived in each test.
 */
class SampledScenariosApproachIndependentChancesTest {
  private static final long SEED = 20250917L;
  private static final int PROGRAMS = 25;
  private static final int COUNT = 5;
  private static final int SCENARIOS = 20_000;

  private final IndependentChances exact;
  private final ScenarioChances sampled;

  SampledScenariosApproachIndependentChancesTest() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<ProgramChance> programs = new ArrayList<>();
    for (int j = 0; j < PROGRAMS; j++) {
      programs.add(new ProgramChance("P" + j, 0.05 + 0.85 * random.nextDouble(),
          random.nextDouble(), 1));
    }
    exact = new IndependentChances(programs, COUNT);
    ScenarioChances.Builder builder = ScenarioChances.builder(SCENARIOS);
    for (ProgramChance program : programs) {
      builder.addProgram(program.id(), program.utility(), 1);
    }
    for (int k = 0; k < SCENARIOS; k++) {
      for (int j = 0; j < PROGRAMS; j++) {
        if (random.nextDouble() < programs.get(j).p()) {
          builder.accepts(k, j);
        }
      }
    }
    sampled = builder.budget(COUNT).build();
  }

  @Test
  void sampleAverageOfTheExactOptimumIsWithinFourStandardErrors() {
    // Utilities lie in [0, 1], so one scenario's value has a standard deviation of at most 0.5.
    double standardError = 0.5 / Math.sqrt(SCENARIOS);
    Portfolio optimal = new NestedGreedy().optimize(exact);
    assertThat(sampled.value(optimal.chosen()))
        .isCloseTo(optimal.value(), within(4 * standardError));
  }

  @Test
  void lazyGreedyOnScenariosFindsANearOptimalPortfolioForTheExactProblem() {
    // Hoeffding with a union bound over all C(25, 5) = 53130 portfolios: every sample average is
    // within sqrt(ln(2 * 53130 / 1e-6) / (2K)) = 0.025 of its exact value with probability
    // 1 - 1e-6. Then v(greedy) >= f_K(greedy) - 0.025 >= f_K(exact optimum) - gap - 0.025
    // >= v* - gap - 0.05.
    double deviation = Math.sqrt(Math.log(2 * 53130 / 1e-6) / (2.0 * SCENARIOS));
    Portfolio optimal = new NestedGreedy().optimize(exact);
    Portfolio greedy = new LazyGreedy().optimize(sampled);
    assertThat(greedy.chosen()).hasSize(COUNT);
    assertThat(exact.value(greedy.chosen()))
        .isGreaterThanOrEqualTo(optimal.value() - greedy.gap() - 2 * deviation);
    assertThat(greedy.value()).isCloseTo(optimal.value(), within(greedy.gap() + deviation));
  }

  @Test
  void certifiedBoundCoversTheSampleAverageOfEveryPortfolioIncludingTheExactOptimum() {
    Portfolio greedy = new LazyGreedy().optimize(sampled);
    Portfolio optimal = new NestedGreedy().optimize(exact);
    assertThat(greedy.upperBound()).isGreaterThanOrEqualTo(sampled.value(optimal.chosen()));
  }
}
