package org.smartpick.engine.simulate;

import org.smartpick.engine.market.MetricKey;

/**
 * The range a cycle metric can take, used to clip its replica interval: a Student t interval
 * over few replicas can reach below 0 or above 1 (e.g. "60% (−1%–122%)" from two replicas),
 * which no rate can. Every cycle metric is a count, mean, rate, share or odds ratio, so none is
 * negative; a probability or share is at most 1. Which metrics are probabilities or shares is
 * read from the naming convention of {@link MetricKey#metric()}: {@code p} followed by a capital
 * letter ({@code pInterview}, {@code pMatchByContiguousRanks}), a name ending in {@code Rate}
 * ({@code matchRate}, {@code fillRate}), a name starting or ending with {@code share}/{@code Share}
 * ({@code share}, {@code shareWithFloor}, {@code facultyShare}), and {@code matchedAtRank}.
 * Stateless and thread-safe.
 */
public final class MetricBounds {

  private MetricBounds() {
  }

  /** True if the metric is a probability, rate or share, i.e. lies in [0, 1]. */
  public static boolean isShare(MetricKey key) {
    String name = key.metric();
    return (name.length() > 1 && name.charAt(0) == 'p' && Character.isUpperCase(name.charAt(1)))
        || name.endsWith("Rate")
        || name.startsWith("share")
        || name.endsWith("Share")
        || name.equals("matchedAtRank");
  }

  /** The largest value the metric can take: 1 for a share, else unbounded. */
  public static double upper(MetricKey key) {
    return isShare(key) ? 1 : Double.POSITIVE_INFINITY;
  }

  /** The interval clipped to [0, {@link #upper}]; the mean is left as it is. */
  public static Interval clip(MetricKey key, Interval interval) {
    double high = upper(key);
    return new Interval(interval.mean(), clamp(interval.low(), high), clamp(interval.high(), high),
        interval.replicas());
  }

  private static double clamp(double value, double high) {
    return Double.isNaN(value) ? value : Math.min(high, Math.max(0, value));
  }
}
