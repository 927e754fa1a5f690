package org.smartpick.engine.calibrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class NelderMeadTest {
  private static final NelderMead MINIMIZER = new NelderMead(0.25, 4000, 5, 1e-14, 1e-10);

  // Rosenbrock's banana: minimum 0 at (1, …, 1), a curved narrow valley.
  private static double rosenbrock(double[] x) {
    double sum = 0;
    for (int k = 0; k + 1 < x.length; k++) {
      sum += 100 * Math.pow(x[k + 1] - x[k] * x[k], 2) + Math.pow(1 - x[k], 2);
    }
    return sum;
  }

  @Test
  void findsTheRosenbrockMinimumInTwoDimensions() {
    MinimizerResult r = MINIMIZER.minimize(NelderMeadTest::rosenbrock, new double[] {-1.2, 1},
        new double[] {-5, -5}, new double[] {5, 5}, DerivativeFreeMinimizer.Progress.none());
    assertThat(r.point()[0]).isCloseTo(1, within(1e-4));
    assertThat(r.point()[1]).isCloseTo(1, within(1e-4));
    assertThat(r.value()).isLessThan(1e-8);
  }

  @Test
  void findsTheRosenbrockMinimumInFourDimensions() {
    MinimizerResult r = MINIMIZER.minimize(NelderMeadTest::rosenbrock, new double[] {0, 0, 0, 0},
        new double[] {-3, -3, -3, -3}, new double[] {3, 3, 3, 3},
        DerivativeFreeMinimizer.Progress.none());
    for (double x : r.point()) {
      assertThat(x).isCloseTo(1, within(1e-3));
    }
  }

  @Test
  void findsTheCentreOfAShiftedScaledQuadratic() {
    double[] centre = {0.3, -1.7, 2.2, 4.0, -0.5};
    ToDoubleFunction<double[]> f = x -> {
      double sum = 0;
      for (int k = 0; k < x.length; k++) {
        sum += (k + 1) * (x[k] - centre[k]) * (x[k] - centre[k]);
      }
      return 3 + sum;
    };
    MinimizerResult r = MINIMIZER.minimize(f, new double[5], new double[] {-5, -5, -5, -5, -5},
        new double[] {5, 5, 5, 5, 5}, DerivativeFreeMinimizer.Progress.none());
    for (int k = 0; k < 5; k++) {
      assertThat(r.point()[k]).isCloseTo(centre[k], within(1e-4));
    }
    assertThat(r.value()).isCloseTo(3, within(1e-8));
    assertThat(r.converged()).isTrue();
  }

  @Test
  void stopsAtTheBoundWhenTheMinimumLiesOutsideTheBox() {
    // unconstrained minimum at (3, -2); box [0,1] × [-1,1] ⇒ constrained minimum at (1, -1)
    ToDoubleFunction<double[]> f = x -> Math.pow(x[0] - 3, 2) + Math.pow(x[1] + 2, 2);
    List<double[]> calls = new ArrayList<>();
    MinimizerResult r = MINIMIZER.minimize(x -> {
      calls.add(x.clone());
      return f.applyAsDouble(x);
    }, new double[] {0.5, 0}, new double[] {0, -1}, new double[] {1, 1},
        DerivativeFreeMinimizer.Progress.none());
    assertThat(r.point()[0]).isCloseTo(1, within(1e-6));
    assertThat(r.point()[1]).isCloseTo(-1, within(1e-6));
    assertThat(calls).allSatisfy(x -> {
      assertThat(x[0]).isBetween(0.0, 1.0);
      assertThat(x[1]).isBetween(-1.0, 1.0);
    });
  }

  @Test
  void respectsTheBudgetReportsEveryEvaluationAndIsDeterministic() {
    List<double[]> progress = new ArrayList<>();
    NelderMead small = NelderMead.withBudget(37);
    MinimizerResult a = small.minimize(NelderMeadTest::rosenbrock, new double[] {-1.2, 1},
        new double[] {-5, -5}, new double[] {5, 5},
        (n, value, best) -> progress.add(new double[] {n, value, best}));
    MinimizerResult b = small.minimize(NelderMeadTest::rosenbrock, new double[] {-1.2, 1},
        new double[] {-5, -5}, new double[] {5, 5}, DerivativeFreeMinimizer.Progress.none());
    assertThat(a.evaluations()).isEqualTo(37);
    assertThat(progress).hasSize(37);
    for (int k = 0; k < progress.size(); k++) {
      assertThat(progress.get(k)[0]).isEqualTo(k + 1);
      assertThat(progress.get(k)[2]).isLessThanOrEqualTo(progress.get(k)[1]);
    }
    assertThat(progress.get(36)[2]).isEqualTo(a.value());
    assertThat(b.point()).containsExactly(a.point());
    assertThat(b.value()).isEqualTo(a.value());
  }

  @Test
  void fixedCoordinatesStayFixed() {
    MinimizerResult r = MINIMIZER.minimize(NelderMeadTest::rosenbrock, new double[] {0, 0.5},
        new double[] {-2, 0.5}, new double[] {2, 0.5}, DerivativeFreeMinimizer.Progress.none());
    assertThat(r.point()[1]).isEqualTo(0.5);
    // minimise 100 (0.5 − x²)² + (1 − x)²: near x = 0.7; the derivative vanishes there
    double x = r.point()[0];
    double derivative = -400 * x * (0.5 - x * x) - 2 * (1 - x);
    assertThat(derivative).isCloseTo(0, within(1e-3));
  }

  @Test
  void rejectsBadConfigurationAndBounds() {
    assertThatThrownBy(() -> new NelderMead(0, 10, 1, 0, 0)).hasMessageContaining("initialStep");
    assertThatThrownBy(() -> new NelderMead(0.1, 0, 1, 0, 0)).hasMessageContaining("maxEvaluations");
    assertThatThrownBy(() -> new NelderMead(0.1, 10, -1, 0, 0)).hasMessageContaining("restarts");
    assertThatThrownBy(() -> MINIMIZER.minimize(x -> 0, new double[1], new double[] {1},
        new double[] {0}, DerivativeFreeMinimizer.Progress.none()))
        .hasMessageContaining("lower 1.0 exceeds upper 0.0");
    assertThatThrownBy(() -> MINIMIZER.minimize(x -> 0, new double[2], new double[1],
        new double[1], DerivativeFreeMinimizer.Progress.none())).hasMessageContaining("lengths");
  }
}
