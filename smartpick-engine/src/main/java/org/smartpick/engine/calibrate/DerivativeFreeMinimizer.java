package org.smartpick.engine.calibrate;

import java.util.function.ToDoubleFunction;

/**
 * Minimizes a function over a box without derivatives. Implementations are deterministic: the
 * same function, start and bounds give the same sequence of evaluations and the same result.
 * The function is called from the caller's thread only (it may itself evaluate in parallel).
 */
public interface DerivativeFreeMinimizer {

  /** Receives one report per function evaluation. */
  @FunctionalInterface
  interface Progress {
    /**
     * @param evaluations evaluations so far (including this one)
     * @param value this evaluation's value
     * @param best the best value so far
     */
    void evaluated(int evaluations, double value, double best);

    /** A progress that ignores every report. */
    static Progress none() {
      return (evaluations, value, best) -> { };
    }
  }

  /**
   * Minimizes {@code f} over the box [lower, upper], starting from {@code start} (projected into
   * the box).
   *
   * @throws IllegalArgumentException if the lengths differ or a lower bound exceeds its upper
   */
  MinimizerResult minimize(ToDoubleFunction<double[]> f, double[] start, double[] lower,
      double[] upper, Progress progress);
}
