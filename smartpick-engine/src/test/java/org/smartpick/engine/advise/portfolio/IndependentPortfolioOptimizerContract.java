package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What every {@link IndependentPortfolioOptimizer} must do; each implementation's test extends it. */
abstract class IndependentPortfolioOptimizerContract {
  static final double TOLERANCE = 1e-9;

  abstract IndependentPortfolioOptimizer optimizer();

  /** Random instances this optimizer accepts. */
  abstract IndependentChances randomInstance(SplittableRandom random, int maxPrograms);

  @Test
  void matchesBruteForceOptimumOnThousandsOfSeededSmallInstances() {
    SplittableRandom random = new SplittableRandom(20250301L);
    for (int trial = 0; trial < 3000; trial++) {
      IndependentChances problem = randomInstance(random, 10);
      Portfolio portfolio = optimizer().optimize(problem);
      double optimum = BruteForce.independentOptimum(problem, problem.budget());
      assertThat(portfolio.value()).as("trial %d: %s", trial, problem)
          .isCloseTo(optimum, within(TOLERANCE));
      assertThat(BruteForce.independentValue(problem, portfolio.chosen()))
          .as("trial %d: value of the chosen set", trial)
          .isCloseTo(portfolio.value(), within(TOLERANCE));
      assertThat(portfolio.spent()).isEqualTo(problem.cost(portfolio.chosen()))
          .isLessThanOrEqualTo(problem.budget());
      assertThat(portfolio.chosen()).doesNotHaveDuplicates();
    }
  }

  @Test
  void curveRisesWithEveryAdditionAndEndsAtTheValue() {
    SplittableRandom random = new SplittableRandom(77L);
    for (int trial = 0; trial < 500; trial++) {
      IndependentChances problem = randomInstance(random, 10);
      Portfolio portfolio = optimizer().optimize(problem);
      List<Double> curve = portfolio.valueAfterEach();
      for (int i = 0; i < curve.size(); i++) {
        double before = i == 0 ? 0 : curve.get(i - 1);
        assertThat(curve.get(i)).as("trial %d step %d", trial, i).isGreaterThan(before);
        assertThat(curve.get(i)).isCloseTo(
            problem.value(portfolio.chosen().subList(0, i + 1)), within(TOLERANCE));
      }
      assertThat(portfolio.value()).isEqualTo(curve.isEmpty() ? 0 : curve.get(curve.size() - 1));
      assertThat(portfolio.gap()).isZero();
      assertThat(portfolio.method().exact()).isTrue();
    }
  }

  @Test
  void zeroBudgetChoosesNothing() {
    IndependentChances problem = new IndependentChances(
        List.of(new ProgramChance("A", 0.5, 3, 1), new ProgramChance("B", 0.9, 1, 1)), 0);
    Portfolio portfolio = optimizer().optimize(problem);
    assertThat(portfolio.chosen()).isEmpty();
    assertThat(portfolio.value()).isZero();
    assertThat(portfolio.spent()).isZero();
  }

  @Test
  void noProgramsGiveAnEmptyPortfolio() {
    Portfolio portfolio = optimizer().optimize(new IndependentChances(List.of(), 4));
    assertThat(portfolio.chosen()).isEmpty();
    assertThat(portfolio.value()).isZero();
  }

  @Test
  void programsThatCannotHelpAreLeftOutEvenWithBudgetToSpare() {
    IndependentChances problem = new IndependentChances(List.of(
        new ProgramChance("never", 0.0, 9, 1),
        new ProgramChance("worthless", 0.8, 0, 1),
        new ProgramChance("sure", 1.0, 5, 1),
        new ProgramChance("dominated", 0.7, 4, 1),
        new ProgramChance("reach", 0.1, 10, 1)), 10);
    Portfolio portfolio = optimizer().optimize(problem);
    assertThat(portfolio.chosen()).containsExactlyInAnyOrder(2, 4);
    assertThat(portfolio.value()).isCloseTo(0.1 * 10 + 0.9 * 5, within(TOLERANCE));
  }

  @Test
  void identicalProgramsAreTakenInInputOrder() {
    IndependentChances problem = new IndependentChances(List.of(
        new ProgramChance("A", 0.5, 2, 1),
        new ProgramChance("B", 0.5, 2, 1),
        new ProgramChance("C", 0.5, 2, 1)), 2);
    assertThat(optimizer().optimize(problem).chosen()).containsExactly(0, 1);
  }

  @Test
  void sameInstanceGivesTheSamePortfolio() {
    IndependentChances problem = randomInstance(new SplittableRandom(5L), 10);
    assertThat(optimizer().optimize(problem)).isEqualTo(optimizer().optimize(problem));
  }
}
