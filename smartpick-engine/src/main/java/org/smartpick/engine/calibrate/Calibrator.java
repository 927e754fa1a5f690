package org.smartpick.engine.calibrate;

import java.util.List;
import org.smartpick.engine.market.MarketParameters;

/**
 * Fits a subset of the market parameters to the targets: minimizes
 * {@link CalibrationEvaluator}'s objective over the subset's box with a
 * {@link DerivativeFreeMinimizer}, every trial simulated with the same replica seeds (common
 * random numbers). Parameters outside the subset keep the start's values.
 *
 * <p>Deterministic: same start, subset, evaluator (seed, replicas) and minimizer ⇒ same fitted
 * parameters, for any thread count. Running time: the minimizer's evaluation budget × one
 * evaluation. Immutable; thread-safe.
 *
 * @param evaluator simulates and scores a parameter trial
 * @param targets the targets to fit
 * @param subset the parameters the fit moves
 */
public record Calibrator(CalibrationEvaluator evaluator, CalibrationTargets targets,
    List<FitParameter> subset) {

  public Calibrator {
    subset = List.copyOf(subset);
    if (subset.isEmpty()) {
      throw new IllegalArgumentException("the fit needs at least one parameter");
    }
  }

  /**
   * The fit's result.
   *
   * @param parameters the best parameters found
   * @param search the minimizer's result (in the subset's coordinates)
   * @param startObjective the objective at the start
   */
  public record Fit(MarketParameters parameters, MinimizerResult search, double startObjective) {
  }

  /** Fits from a start; progress receives every evaluation. */
  public Fit fit(MarketParameters start, DerivativeFreeMinimizer minimizer,
      DerivativeFreeMinimizer.Progress progress) {
    int n = subset.size();
    double[] lower = new double[n];
    double[] upper = new double[n];
    double[] x0 = new double[n];
    double[] full = start.toVector();
    for (int k = 0; k < n; k++) {
      FitParameter p = subset.get(k);
      lower[k] = p.low();
      upper[k] = p.high();
      x0[k] = Math.max(p.low(), Math.min(p.high(), full[p.index()]));
    }
    double[] startObjective = {Double.NaN};
    MinimizerResult result = minimizer.minimize(x -> {
      double value = evaluator.objective(apply(start, x), targets);
      if (Double.isNaN(startObjective[0])) {
        startObjective[0] = value;
      }
      return value;
    }, x0, lower, upper, progress);
    return new Fit(apply(start, result.point()), result, startObjective[0]);
  }

  /** The start with the subset's values replaced by x (in subset order). */
  public MarketParameters apply(MarketParameters start, double[] x) {
    double[] full = start.toVector();
    for (int k = 0; k < subset.size(); k++) {
      full[subset.get(k).index()] = x[k];
    }
    return start.withVector(full);
  }
}
