package org.smartpick.engine.calibrate;

import java.util.List;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketScope;

/**
 * The model compared with every target: one {@link TargetResult} per row of
 * {@code calibration-targets.csv} (file order) and one {@link ChartingResult} per Charting
 * Outcomes point, with the objective value the optimizer minimizes.
 *
 * @param scope the simulated scope
 * @param seed the study seed (replica seeds derive from it)
 * @param replicas replicas summarised
 * @param parameters the parameters evaluated
 * @param targets one result per target, in file order
 * @param charting one result per Charting Outcomes point, in file order
 * @param objective the calibration objective at these parameters
 */
public record CalibrationReport(MarketScope scope, long seed, int replicas,
    MarketParameters parameters, List<TargetResult> targets, List<ChartingResult> charting,
    double objective) {

  public CalibrationReport {
    targets = List.copyOf(targets);
    charting = List.copyOf(charting);
  }

  /** Targets that passed. */
  public long passed() {
    return targets.stream().filter(t -> t.pass().orElse(false)).count();
  }

  /** Targets with a pass/fail (simulated or input). */
  public long judged() {
    return targets.stream().filter(t -> t.pass().isPresent()).count();
  }
}
