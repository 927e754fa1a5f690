package org.smartpick.engine.calibrate;

import java.util.Map;
import org.smartpick.engine.market.CycleMetrics;
import org.smartpick.engine.market.CycleOutcome;
import org.smartpick.engine.market.MetricKey;

/**
 * The metrics calibration reads from one cycle: every {@link CycleMetrics} metric plus
 * {@link #ACTIVE_APPLICANTS} (applicants generated, all of whom submit a rank list in the model).
 * Stateless; thread-safe.
 */
public final class CalibrationMetrics {
  /** Applicants in the simulated cycle. */
  public static final MetricKey ACTIVE_APPLICANTS =
      new MetricKey(MetricKey.APPLICANTS, MetricKey.ALL, "count", "");

  private CalibrationMetrics() {
  }

  /** The metrics of one outcome, in {@link CycleMetrics}' order, then the additions. */
  public static Map<MetricKey, Double> of(CycleOutcome outcome) {
    Map<MetricKey, Double> metrics = CycleMetrics.of(outcome);
    metrics.put(ACTIVE_APPLICANTS, (double) outcome.applicantCount());
    return metrics;
  }
}
