package org.smartpick.engine.calibrate;

import java.util.function.ToDoubleFunction;

/**
 * Nelder–Mead downhill simplex (Nelder and Mead, Computer Journal 7:308, 1965) with the standard
 * coefficients (reflection 1, expansion 2, contraction ½, shrink ½; Lagarias et al., SIAM J.
 * Optim. 9:112, 1998), bounds by projection and restarts.
 *
 * <p>Bounds: the search runs in unit coordinates u ∈ [0,1]^n (x = lower + u·(upper − lower)),
 * and every trial point is projected (clamped) onto the unit cube, so the function is never
 * called outside the box. Fixed coordinates (lower = upper) stay fixed.
 *
 * <p>Restarts: when a run converges (the spread of the simplex's values falls below
 * {@code valueTolerance} and its diameter below {@code sizeTolerance}, in unit coordinates), a
 * fresh simplex of the initial size is built around the best point; up to {@code restarts}
 * times, stopping early when a restart improves the best value by less than
 * {@code valueTolerance}. Restarting counters the simplex's known collapse on non-smooth or
 * noisy objectives (McKinnon, SIAM J. Optim. 9:148, 1998).
 *
 * <p>Running time: at most {@code maxEvaluations} calls of the function, plus O(n²) work per
 * iteration. Deterministic (no randomness at all). Immutable configuration; thread-safe: no
 * per-run state is kept in fields.
 *
 * @param initialStep edge of the initial simplex in unit coordinates, in (0, 1]
 * @param maxEvaluations budget of function evaluations, at least n + 1 is sensible
 * @param restarts restarts allowed after the first convergence
 * @param valueTolerance convergence tolerance on the spread of simplex values (absolute)
 * @param sizeTolerance convergence tolerance on the simplex diameter (unit coordinates)
 */
public record NelderMead(double initialStep, int maxEvaluations, int restarts,
    double valueTolerance, double sizeTolerance) implements DerivativeFreeMinimizer {

  private static final double REFLECT = 1;
  private static final double EXPAND = 2;
  private static final double CONTRACT = 0.5;
  private static final double SHRINK = 0.5;

  public NelderMead {
    if (!(initialStep > 0 && initialStep <= 1)) {
      throw new IllegalArgumentException("initialStep must be in (0, 1], was " + initialStep);
    }
    if (maxEvaluations < 1) {
      throw new IllegalArgumentException("maxEvaluations must be at least 1, was "
          + maxEvaluations);
    }
    if (restarts < 0) {
      throw new IllegalArgumentException("restarts must be at least 0, was " + restarts);
    }
    if (!(valueTolerance >= 0) || !(sizeTolerance >= 0)) {
      throw new IllegalArgumentException("tolerances must be non-negative, were "
          + valueTolerance + " and " + sizeTolerance);
    }
  }

  /** A budget of evaluations with the default step 0.25, 3 restarts and tolerances 1e-10/1e-8. */
  public static NelderMead withBudget(int maxEvaluations) {
    return new NelderMead(0.25, maxEvaluations, 3, 1e-10, 1e-8);
  }

  @Override
  public MinimizerResult minimize(ToDoubleFunction<double[]> f, double[] start, double[] lower,
      double[] upper, Progress progress) {
    int n = start.length;
    if (lower.length != n || upper.length != n) {
      throw new IllegalArgumentException("start, lower and upper have lengths " + n + ", "
          + lower.length + ", " + upper.length);
    }
    for (int k = 0; k < n; k++) {
      if (!(lower[k] <= upper[k])) {
        throw new IllegalArgumentException("bound " + k + ": lower " + lower[k]
            + " exceeds upper " + upper[k]);
      }
    }
    Search search = new Search(f, lower, upper, progress);
    double[] best = new double[n];
    for (int k = 0; k < n; k++) {
      double width = upper[k] - lower[k];
      best[k] = width == 0 ? 0 : clamp((start[k] - lower[k]) / width);
    }
    double bestValue = search.evaluate(best);
    int restartsDone = 0;
    boolean converged = false;
    for (int run = 0; run <= restarts && search.evaluations < maxEvaluations; run++) {
      double before = bestValue;
      Run result = run(search, best, bestValue);
      converged = result.converged;
      if (result.value < bestValue) {
        bestValue = result.value;
        best = result.point;
      }
      if (run > 0) {
        restartsDone++;
        if (before - bestValue < valueTolerance) {
          break;
        }
      }
      if (!converged) {
        break;
      }
    }
    return new MinimizerResult(search.toBox(best), bestValue, search.evaluations, restartsDone,
        converged);
  }

  private record Run(double[] point, double value, boolean converged) {
  }

  // One simplex run from a start point (unit coordinates) whose value is known.
  private Run run(Search search, double[] start, double startValue) {
    int n = start.length;
    double[][] simplex = new double[n + 1][];
    double[] values = new double[n + 1];
    simplex[0] = start.clone();
    values[0] = startValue;
    for (int k = 0; k < n; k++) {
      double[] vertex = start.clone();
      // step away from the nearer bound, so the vertex differs from the start after projection
      vertex[k] = start[k] + initialStep <= 1 ? start[k] + initialStep : start[k] - initialStep;
      vertex[k] = clamp(vertex[k]);
      simplex[k + 1] = vertex;
      values[k + 1] = search.evaluations < maxEvaluations ? search.evaluate(vertex)
          : Double.POSITIVE_INFINITY;
    }
    while (search.evaluations < maxEvaluations) {
      order(simplex, values);
      if (values[n] - values[0] <= valueTolerance && diameter(simplex) <= sizeTolerance) {
        return new Run(simplex[0], values[0], true);
      }
      double[] centroid = new double[n];
      for (int v = 0; v < n; v++) {
        for (int k = 0; k < n; k++) {
          centroid[k] += simplex[v][k] / n;
        }
      }
      double[] reflected = toward(centroid, simplex[n], -REFLECT);
      double fr = search.evaluate(reflected);
      if (fr < values[0]) {
        if (search.evaluations >= maxEvaluations) {
          replace(simplex, values, n, reflected, fr);
          break;
        }
        double[] expanded = toward(centroid, simplex[n], -EXPAND);
        double fe = search.evaluate(expanded);
        if (fe < fr) {
          replace(simplex, values, n, expanded, fe);
        } else {
          replace(simplex, values, n, reflected, fr);
        }
      } else if (fr < values[n - 1]) {
        replace(simplex, values, n, reflected, fr);
      } else {
        if (search.evaluations >= maxEvaluations) {
          break;
        }
        boolean outside = fr < values[n];
        double[] contracted = outside ? toward(centroid, reflected, CONTRACT)
            : toward(centroid, simplex[n], CONTRACT);
        double fc = search.evaluate(contracted);
        if (fc < (outside ? fr : values[n])) {
          replace(simplex, values, n, contracted, fc);
        } else {
          for (int v = 1; v <= n && search.evaluations < maxEvaluations; v++) {
            simplex[v] = toward(simplex[0], simplex[v], SHRINK);
            values[v] = search.evaluate(simplex[v]);
          }
        }
      }
    }
    order(simplex, values);
    return new Run(simplex[0], values[0], false);
  }

  // from + t·(to − from), projected onto the unit cube
  private static double[] toward(double[] from, double[] to, double t) {
    double[] point = new double[from.length];
    for (int k = 0; k < point.length; k++) {
      point[k] = clamp(from[k] + t * (to[k] - from[k]));
    }
    return point;
  }

  private static void replace(double[][] simplex, double[] values, int v, double[] point,
      double value) {
    simplex[v] = point;
    values[v] = value;
  }

  // insertion sort by value; ties keep their order (stable), so runs are deterministic
  private static void order(double[][] simplex, double[] values) {
    for (int i = 1; i < values.length; i++) {
      double value = values[i];
      double[] point = simplex[i];
      int j = i - 1;
      while (j >= 0 && values[j] > value) {
        values[j + 1] = values[j];
        simplex[j + 1] = simplex[j];
        j--;
      }
      values[j + 1] = value;
      simplex[j + 1] = point;
    }
  }

  private static double diameter(double[][] simplex) {
    double max = 0;
    for (int v = 1; v < simplex.length; v++) {
      for (int k = 0; k < simplex[0].length; k++) {
        max = Math.max(max, Math.abs(simplex[v][k] - simplex[0][k]));
      }
    }
    return max;
  }

  private static double clamp(double u) {
    return u < 0 ? 0 : u > 1 ? 1 : u;
  }

  /** Per-run state: the counted, box-mapped function. */
  private static final class Search {
    private final ToDoubleFunction<double[]> f;
    private final double[] lower;
    private final double[] upper;
    private final Progress progress;
    private int evaluations;
    private double best = Double.POSITIVE_INFINITY;

    Search(ToDoubleFunction<double[]> f, double[] lower, double[] upper, Progress progress) {
      this.f = f;
      this.lower = lower;
      this.upper = upper;
      this.progress = progress;
    }

    double[] toBox(double[] unit) {
      double[] x = new double[unit.length];
      for (int k = 0; k < x.length; k++) {
        x[k] = lower[k] + unit[k] * (upper[k] - lower[k]);
      }
      return x;
    }

    double evaluate(double[] unit) {
      double value = f.applyAsDouble(toBox(unit));
      if (Double.isNaN(value)) {
        value = Double.POSITIVE_INFINITY;
      }
      evaluations++;
      best = Math.min(best, value);
      progress.evaluated(evaluations, value, best);
      return value;
    }
  }
}
