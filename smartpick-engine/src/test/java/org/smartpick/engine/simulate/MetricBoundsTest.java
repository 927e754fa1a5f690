package org.smartpick.engine.simulate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartpick.engine.market.CycleMetrics;
import org.smartpick.engine.market.MarketFrame;
import org.smartpick.engine.market.MarketParameters;
import org.smartpick.engine.market.MarketScope;
import org.smartpick.engine.market.MetricKey;

class MetricBoundsTest {
  private static final MetricKey MATCH_RATE = new MetricKey(MetricKey.APPLICANTS, "US_IMG",
      "matchRate", "");
  private static final MetricKey INTERVIEWS = new MetricKey(MetricKey.APPLICANTS, "all",
      "meanInterviews", "");

  @Test
  void aWideIntervalOfARateStaysWithinZeroAndOne() {
    MetricSummary summary = new MetricSummary()
        .add(Map.of(MATCH_RATE, 0.05, INTERVIEWS, 0.2))
        .add(Map.of(MATCH_RATE, 0.95, INTERVIEWS, 9.0));
    Interval rate = summary.interval(MATCH_RATE);
    assertThat(rate.mean()).isCloseTo(0.5, within(1e-12));
    assertThat(rate.low()).isZero();
    assertThat(rate.high()).isEqualTo(1.0);
    Interval interviews = summary.interval(INTERVIEWS);
    assertThat(interviews.low()).isZero();
    assertThat(interviews.high()).isGreaterThan(9.0);
  }

  @Test
  void aNarrowIntervalIsNotChanged() {
    MetricSummary summary = new MetricSummary()
        .add(Map.of(MATCH_RATE, 0.60))
        .add(Map.of(MATCH_RATE, 0.62))
        .add(Map.of(MATCH_RATE, 0.61));
    Interval rate = summary.interval(MATCH_RATE);
    assertThat(rate.low()).isGreaterThan(0.5);
    assertThat(rate.high()).isLessThan(0.7);
  }

  @Test
  void namesFollowTheConvention() {
    for (String share : List.of("pInterview", "pMatchByContiguousRanks", "matchRate",
        "fillRate", "share", "shareWithFloor", "facultyShare", "matchedAtRank")) {
      assertThat(MetricBounds.isShare(new MetricKey("s", "all", share, ""))).as(share).isTrue();
    }
    for (String other : List.of("meanInterviews", "perApplicant", "positions",
        "oddsRatioInterview", "unfilled", "count", "meanYield")) {
      assertThat(MetricBounds.isShare(new MetricKey("s", "all", other, ""))).as(other).isFalse();
    }
  }

  /** Every metric a real cycle emits is non-negative, and every one named a share is at most 1. */
  @Test
  void everyMetricOfASimulatedCycleLiesInItsRange() {
    MarketParameters parameters = MarketParameters.fitted();
    MarketFrame frame = MarketFrame.of(MarketScope.specialty("Dermatology"), parameters);
    List<Map<MetricKey, Double>> replicas = new MonteCarlo(2, 2).replicate(frame, parameters, 5,
        CycleMetrics::of, (d, t) -> { }, () -> false);
    int shares = 0;
    for (Map<MetricKey, Double> metrics : replicas) {
      for (Map.Entry<MetricKey, Double> e : metrics.entrySet()) {
        double value = e.getValue();
        if (Double.isNaN(value)) {
          continue;
        }
        assertThat(value).as(e.getKey().toString()).isGreaterThanOrEqualTo(0);
        if (MetricBounds.isShare(e.getKey())) {
          shares++;
          assertThat(value).as(e.getKey().toString()).isLessThanOrEqualTo(1);
        }
      }
    }
    assertThat(shares).isGreaterThan(20);
  }
}
