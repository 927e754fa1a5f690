package org.smartpick.engine.simulate;

/**
 * A replica mean with its two-sided 95% confidence interval (Student t over replicas, clipped to
 * the metric's range by {@link MetricBounds}).
 *
 * @param mean mean over the replicas where the metric was defined (NaN if none)
 * @param low lower bound (NaN with fewer than two replicas)
 * @param high upper bound (NaN with fewer than two replicas)
 * @param replicas replicas that contributed
 */
public record Interval(double mean, double low, double high, long replicas) {
}
