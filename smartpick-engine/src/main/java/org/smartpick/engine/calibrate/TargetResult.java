package org.smartpick.engine.calibrate;

import java.util.Optional;

/**
 * One target compared with the model.
 *
 * @param target the published figure
 * @param source how the model produces it
 * @param simulated replica mean (simulated), the value used (input), NaN (not modelled or
 *     undefined in every replica)
 * @param low lower end of the simulated value's 95% interval across replicas (the value itself
 *     for an input; NaN when unknown)
 * @param high upper end, likewise
 * @param pass true/false, empty when not applicable (not modelled)
 */
public record TargetResult(CalibrationTarget target, TargetSource source, double simulated,
    double low, double high, Optional<Boolean> pass) {

  /** Signed distance from the target (0 inside a range); NaN when there is no value. */
  public double error() {
    return Double.isNaN(simulated) ? Double.NaN : target.error(simulated);
  }

  /** The error in units of the tolerance. */
  public double normalisedError() {
    return error() / target.tolerance();
  }
}
