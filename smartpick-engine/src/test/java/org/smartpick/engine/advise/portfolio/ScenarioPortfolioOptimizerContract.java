package org.smartpick.engine.advise.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What every {@link ScenarioPortfolioOptimizer} must do; each implementation's test extends it. */
abstract class ScenarioPortfolioOptimizerContract {
  static final double TOLERANCE = 1e-9;

  abstract ScenarioPortfolioOptimizer optimizer();

  /** Random instances this optimizer accepts. */
  abstract RandomInstances.Scenarios randomInstance(SplittableRandom random, int maxPrograms);

  /** The proven worst-case ratio of the returned value to the optimum. */
  abstract double guarantee();

  @Test
  void valueIsWithinTheGuaranteeAndTheBoundCoversTheBruteForceOptimum() {
    SplittableRandom random = new SplittableRandom(31337L);
    for (int trial = 0; trial < 2000; trial++) {
      RandomInstances.Scenarios instance = randomInstance(random, 10);
      ScenarioChances problem = instance.problem();
      Portfolio portfolio = optimizer().optimize(problem);
      double optimum = BruteForce.scenarioOptimum(
          instance.success(), instance.utility(), instance.cost(), problem.budget());
      assertThat(BruteForce.scenarioValue(instance.success(), instance.utility(),
          portfolio.chosen())).as("trial %d: value of the chosen set", trial)
          .isCloseTo(portfolio.value(), within(TOLERANCE));
      assertThat(portfolio.value()).as("trial %d", trial)
          .isLessThanOrEqualTo(optimum + TOLERANCE)
          .isGreaterThanOrEqualTo(guarantee() * optimum - TOLERANCE);
      assertThat(portfolio.upperBound()).as("trial %d: certified bound", trial)
          .isGreaterThanOrEqualTo(optimum - TOLERANCE);
      assertThat(portfolio.spent()).isEqualTo(problem.cost(portfolio.chosen()))
          .isLessThanOrEqualTo(problem.budget());
      assertThat(portfolio.chosen()).doesNotHaveDuplicates();
    }
  }

  @Test
  void curveRisesWithEveryAdditionAndEndsAtTheValue() {
    SplittableRandom random = new SplittableRandom(2718L);
    for (int trial = 0; trial < 300; trial++) {
      RandomInstances.Scenarios instance = randomInstance(random, 12);
      Portfolio portfolio = optimizer().optimize(instance.problem());
      List<Double> curve = portfolio.valueAfterEach();
      for (int i = 0; i < curve.size(); i++) {
        assertThat(curve.get(i)).as("trial %d step %d", trial, i)
            .isGreaterThan(i == 0 ? 0 : curve.get(i - 1))
            .isCloseTo(instance.problem().value(portfolio.chosen().subList(0, i + 1)),
                within(TOLERANCE));
      }
      assertThat(portfolio.value()).isEqualTo(curve.isEmpty() ? 0 : curve.get(curve.size() - 1));
    }
  }

  @Test
  void zeroBudgetChoosesNothingAndCertifiesZero() {
    ScenarioChances.Builder builder = ScenarioChances.builder(3);
    int a = builder.addProgram("A", 2, 1);
    ScenarioChances problem = builder.accepts(0, a).accepts(2, a).budget(0).build();
    Portfolio portfolio = optimizer().optimize(problem);
    assertThat(portfolio.chosen()).isEmpty();
    assertThat(portfolio.value()).isZero();
    assertThat(portfolio.upperBound()).isZero();
  }

  @Test
  void programThatNeverTakesTheStudentIsLeftOut() {
    ScenarioChances.Builder builder = ScenarioChances.builder(4);
    builder.addProgram("never", 9, 1);
    int likely = builder.addProgram("likely", 1, 1);
    for (int k = 0; k < 4; k++) {
      builder.accepts(k, likely);
    }
    Portfolio portfolio = optimizer().optimize(builder.budget(5).build());
    assertThat(portfolio.chosen()).containsExactly(likely);
    assertThat(portfolio.upperBound()).isCloseTo(1.0, within(TOLERANCE));
  }

  @Test
  void sameInstanceGivesTheSamePortfolio() {
    ScenarioChances problem = randomInstance(new SplittableRandom(8L), 12).problem();
    assertThat(optimizer().optimize(problem)).isEqualTo(optimizer().optimize(problem));
  }
}
