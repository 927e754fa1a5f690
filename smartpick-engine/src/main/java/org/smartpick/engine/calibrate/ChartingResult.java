package org.smartpick.engine.calibrate;

/**
 * One Charting Outcomes point compared with the model.
 *
 * @param point the published point
 * @param simulated replica mean of the simulated P(match) in the band (NaN if no simulated US MD
 *     senior fell in the band)
 * @param low lower end of its 95% interval across replicas (NaN when unknown)
 * @param high upper end
 */
public record ChartingResult(ChartingPoint point, double simulated, double low, double high) {

  /** Simulated minus published. */
  public double error() {
    return simulated - point.pMatch();
  }
}
