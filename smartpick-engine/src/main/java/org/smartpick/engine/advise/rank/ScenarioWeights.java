package org.smartpick.engine.advise.rank;

import java.util.List;
import java.util.function.IntPredicate;
import org.smartpick.engine.advise.Estimate;
import org.smartpick.engine.advise.InterviewScenarios;

/**
 * Bayesian update of the scenarios by post-interview signals: the scenarios are draws from the
 * model (the prior); a signal about program i with likelihood ratio λ multiplies the weight of
 * every scenario in which the student clears i's cutoff by λ (the others keep weight 1), so the
 * odds of clearing i are multiplied by exactly λ while the dependence between programs (the
 * student's shared interview skill, letters, calls) is kept. Several signals multiply (they are
 * treated as independent given the scenario). Silence (λ = 1) changes nothing.
 *
 * <p>O(K·signals) to build. Immutable; thread-safe.
 */
public final class ScenarioWeights {
  private final double[] weights;
  private final double total;

  private ScenarioWeights(double[] weights) {
    this.weights = weights;
    double sum = 0;
    for (double w : weights) {
      sum += w;
    }
    this.total = sum;
  }

  /**
   * Weights the scenarios by the signals.
   *
   * @throws IllegalArgumentException when a signal names a position past the list's end
   */
  public static ScenarioWeights of(InterviewScenarios scenarios, List<ObservedSignal> signals) {
    double[] w = new double[scenarios.scenarioCount()];
    java.util.Arrays.fill(w, 1.0);
    for (ObservedSignal signal : signals) {
      if (signal.position() >= scenarios.size()) {
        throw new IllegalArgumentException("signals: position " + signal.position()
            + " is past the list of " + scenarios.size() + " programs");
      }
      for (int k = 0; k < w.length; k++) {
        if (scenarios.clears(k, signal.position())) {
          w[k] *= signal.signal().likelihoodRatio();
        }
      }
    }
    return new ScenarioWeights(w);
  }

  /** Weight of scenario k. */
  public double weight(int k) {
    return weights[k];
  }

  /** Kish's effective number of scenarios, (Σw)² / Σw² (K when every weight is equal). */
  public double effectiveSize() {
    double squares = 0;
    for (double w : weights) {
      squares += w * w;
    }
    return total * total / squares;
  }

  /** The weighted share of scenarios where the event holds. */
  public double share(IntPredicate event) {
    double hit = 0;
    for (int k = 0; k < weights.length; k++) {
      hit += event.test(k) ? weights[k] : 0;
    }
    return hit / total;
  }

  /** {@link #share} with a Wilson interval on the effective number of scenarios. */
  public Estimate estimate(IntPredicate event) {
    return Estimate.ofWeighted(Math.min(1, share(event)), effectiveSize());
  }
}
