package org.smartpick.engine.calibrate;

import java.util.Map;
import java.util.Set;
import org.smartpick.engine.market.CycleMetrics;
import org.smartpick.engine.market.CycleOutcome;
import org.smartpick.engine.market.MetricKey;
import org.smartpick.engine.market.SignalMetrics;

/**
 * The metrics calibration reads from one cycle: every {@link CycleMetrics} metric plus
 * {@link #ACTIVE_APPLICANTS} (applicants generated, all of whom submit a rank list in the model)
 * and {@link #TEXAS_STAR_SIGNAL_YIELD}. Stateless; thread-safe.
 */
public final class CalibrationMetrics {
  /** Applicants in the simulated cycle. */
  public static final MetricKey ACTIVE_APPLICANTS =
      new MetricKey(MetricKey.APPLICANTS, MetricKey.ALL, "count", "");

  /**
   * Mean signal yield of US seniors over the specialties of T37's source (Benjamin et al. 2024,
   * Texas STAR 2021–22: internal medicine, general surgery, otolaryngology, dermatology, urology,
   * preliminary medicine) that the model has: urology (a separate match) and preliminary
   * medicine (a PGY-1-only track) are not modelled. See {@link SignalMetrics#meanYield}.
   */
  public static final MetricKey TEXAS_STAR_SIGNAL_YIELD =
      new MetricKey(MetricKey.SIGNALS, "texasStarSpecialties", "meanYield", "usSeniors");

  private static final Set<String> TEXAS_STAR_SPECIALTIES = Set.of(
      "Internal Medicine (Categorical)", "Surgery (Categorical)", "Otolaryngology", "Dermatology");

  private CalibrationMetrics() {
  }

  /** The metrics of one outcome, in {@link CycleMetrics}' order, then the additions. */
  public static Map<MetricKey, Double> of(CycleOutcome outcome) {
    Map<MetricKey, Double> metrics = CycleMetrics.of(outcome);
    metrics.put(ACTIVE_APPLICANTS, (double) outcome.applicantCount());
    metrics.put(TEXAS_STAR_SIGNAL_YIELD,
        SignalMetrics.meanYield(outcome, TEXAS_STAR_SPECIALTIES));
    return metrics;
  }
}
