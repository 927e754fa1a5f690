package org.smartpick.engine.calibrate;

import java.util.Arrays;

/**
 * The outcome of a minimization.
 *
 * @param point the best point found (a copy)
 * @param value the function's value there
 * @param evaluations function evaluations used
 * @param restarts restarts performed after the first run
 * @param converged true if the last run met its tolerance before the evaluation budget ran out
 */
public record MinimizerResult(double[] point, double value, int evaluations, int restarts,
    boolean converged) {

  public MinimizerResult {
    point = point.clone();
  }

  @Override
  public double[] point() {
    return point.clone();
  }

  @Override
  public String toString() {
    return "MinimizerResult[point=" + Arrays.toString(point) + ", value=" + value
        + ", evaluations=" + evaluations + ", restarts=" + restarts + ", converged=" + converged
        + "]";
  }
}
