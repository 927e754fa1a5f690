package org.smartpick.engine.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketScope;
import org.smartpick.engine.market.MetricKey;
import org.smartpick.engine.simulate.Interval;
import org.smartpick.engine.simulate.MetricSummary;
import org.smartpick.engine.simulate.MonteCarlo;

/**
 * Simulates a scope with given parameters and compares it with the targets, and computes the
 * calibration objective.
 *
 * <p>Common random numbers: replica r always uses {@link MonteCarlo#replicaSeed(long, int)} of
 * the evaluator's seed, whatever the parameters, so two parameter trials differ only through the
 * parameters (the comparison the optimizer needs), not through fresh noise.
 *
 * <p>Objective (minimized): Σ over simulated targets of weight(reliability) × (error /
 * tolerance)², errors measured to the nearer end of a range; plus the Charting Outcomes curves:
 * Σ over points of {@link #CHARTING_WEIGHT} × (applicants / all charting applicants) ×
 * (error / {@link #CHARTING_TOLERANCE})². Inputs and not-modelled targets, and metrics undefined
 * in every replica, do not enter.
 *
 * <p>Same seed, parameters and replicas ⇒ the same report for any thread count (replicas run in
 * parallel and are folded in replica order). Running time: replicas × one cycle / threads.
 * Immutable; thread-safe.
 *
 * @param scope the scope to simulate
 * @param replicas replicas per evaluation (at least 1)
 * @param seed study seed
 * @param threads worker threads (at least 1)
 */
public record CalibrationEvaluator(MarketScope scope, int replicas, long seed, int threads) {
  /** Total weight of the Charting Outcomes curves (as much as four primary targets). */
  public static final double CHARTING_WEIGHT = 4;
  /** Tolerance of a Charting Outcomes point: 5 percentage points (pooled years, wide bands). */
  public static final double CHARTING_TOLERANCE = 0.05;

  public CalibrationEvaluator {
    new MonteCarlo(replicas, threads); // validates both
  }

  /** Runs the replicas and summarises {@link CalibrationMetrics}. */
  public MetricSummary simulate(MarketParameters parameters, MonteCarlo.Progress progress) {
    return simulate(MarketFrame.of(scope, parameters), parameters, progress);
  }

  private MetricSummary simulate(MarketFrame frame, MarketParameters parameters,
      MonteCarlo.Progress progress) {
    List<Map<MetricKey, Double>> perReplica = new MonteCarlo(replicas, threads)
        .replicate(frame, parameters, seed, CalibrationMetrics::of, progress, () -> false);
    MetricSummary summary = new MetricSummary();
    perReplica.forEach(summary::add);
    return summary;
  }

  /** Simulates and compares with every target. */
  public CalibrationReport evaluate(MarketParameters parameters, CalibrationTargets targets,
      MonteCarlo.Progress progress) {
    MarketFrame frame = MarketFrame.of(scope, parameters);
    return compare(frame, parameters, targets, simulate(frame, parameters, progress));
  }

  /** The calibration objective at these parameters (simulates). */
  public double objective(MarketParameters parameters, CalibrationTargets targets) {
    return evaluate(parameters, targets, (done, total) -> { }).objective();
  }

  /** Compares a summary of this scope's replicas with every target. */
  public CalibrationReport compare(MarketParameters parameters, CalibrationTargets targets,
      MetricSummary summary) {
    return compare(MarketFrame.of(scope, parameters), parameters, targets, summary);
  }

  private CalibrationReport compare(MarketFrame frame, MarketParameters parameters,
      CalibrationTargets targets, MetricSummary summary) {
    List<TargetResult> rows = new ArrayList<>();
    for (CalibrationTarget target : targets.targets()) {
      rows.add(result(target, TargetMapping.of(target.id()), frame, parameters, summary));
    }
    List<ChartingResult> charting = new ArrayList<>();
    for (ChartingPoint point : targets.charting()) {
      Interval interval = interval(summary, TargetMapping.charting(point));
      charting.add(new ChartingResult(point, interval.mean(), interval.low(), interval.high()));
    }
    return new CalibrationReport(scope, seed, replicas, parameters, rows, charting,
        objective(rows, charting));
  }

  private static TargetResult result(CalibrationTarget target, TargetSource source,
      MarketFrame frame, MarketParameters parameters, MetricSummary summary) {
    if (source instanceof TargetSource.Simulated simulated) {
      Interval interval = interval(summary, simulated.key());
      return new TargetResult(target, source, interval.mean(), interval.low(), interval.high(),
          Optional.of(target.passes(interval.mean(), interval.low(), interval.high())));
    }
    if (source instanceof TargetSource.Input input) {
      double value = input.valueIn(frame, parameters);
      return new TargetResult(target, source, value, value, value,
          Optional.of(target.passes(value, value, value)));
    }
    return new TargetResult(target, source, Double.NaN, Double.NaN, Double.NaN, Optional.empty());
  }

  private static Interval interval(MetricSummary summary, MetricKey key) {
    return summary.has(key) ? summary.interval(key)
        : new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
  }

  static double objective(List<TargetResult> rows, List<ChartingResult> charting) {
    double total = 0;
    for (TargetResult row : rows) {
      if (row.source() instanceof TargetSource.Simulated && !Double.isNaN(row.simulated())) {
        double z = row.normalisedError();
        total += row.target().reliability().weight() * z * z;
      }
    }
    double applicants = charting.stream().mapToDouble(c -> c.point().applicants()).sum();
    for (ChartingResult point : charting) {
      if (!Double.isNaN(point.simulated())) {
        double z = point.error() / CHARTING_TOLERANCE;
        total += CHARTING_WEIGHT * point.point().applicants() / applicants * z * z;
      }
    }
    return total;
  }
}
