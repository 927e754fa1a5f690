package org.smartpick.engine.simulate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.engine.market.MetricKey;

/**
 * Running mean and variance of every metric over replicas (Welford's update; Chan, Golub and
 * LeVeque's pairwise combination for {@link #merge}), so partial summaries from different
 * machines can be combined. NaN values (a metric undefined in a replica) are skipped for that
 * metric. Keys keep their first-seen order. Folding the same replicas in the same order gives
 * identical numbers; {@link MonteCarlo} always folds in replica order.
 *
 * <p>O(metrics) per added replica. Not thread-safe: one summary per thread, merged afterwards.
 */
public final class MetricSummary {
  private final Map<MetricKey, double[]> stats = new LinkedHashMap<>();

  /** Adds one replica's metrics. */
  public MetricSummary add(Map<MetricKey, Double> replica) {
    replica.forEach((key, value) -> {
      double[] s = stats.computeIfAbsent(key, k -> new double[3]);
      if (!Double.isNaN(value)) {
        s[0]++;
        double delta = value - s[1];
        s[1] += delta / s[0];
        s[2] += delta * (value - s[1]);
      }
    });
    return this;
  }

  /** Combines another summary into this one (as if its replicas had been added here). */
  public MetricSummary merge(MetricSummary other) {
    other.stats.forEach((key, o) -> {
      double[] s = stats.computeIfAbsent(key, k -> new double[3]);
      double n = s[0] + o[0];
      if (o[0] == 0) {
        return;
      }
      double delta = o[1] - s[1];
      s[1] += delta * o[0] / n;
      s[2] += o[2] + delta * delta * s[0] * o[0] / n;
      s[0] = n;
    });
    return this;
  }

  /** Every metric seen, in first-seen order. */
  public List<MetricKey> keys() {
    return new ArrayList<>(stats.keySet());
  }

  /** True if the metric was seen (possibly with no defined value). */
  public boolean has(MetricKey key) {
    return stats.containsKey(key);
  }

  /**
   * The metric's mean and 95% interval across replicas (Student t), clipped to the range the
   * metric can take ({@link MetricBounds}).
   *
   * @throws IllegalArgumentException naming the key when it was never seen
   */
  public Interval interval(MetricKey key) {
    double[] s = stats.get(key);
    if (s == null) {
      throw new IllegalArgumentException("no metric " + key + " in this summary");
    }
    long n = (long) s[0];
    if (n == 0) {
      return new Interval(Double.NaN, Double.NaN, Double.NaN, 0);
    }
    if (n == 1) {
      return new Interval(s[1], Double.NaN, Double.NaN, 1);
    }
    double half = StudentT.quantile975(n - 1) * Math.sqrt(s[2] / (n - 1) / n);
    return MetricBounds.clip(key, new Interval(s[1], s[1] - half, s[1] + half, n));
  }
}
