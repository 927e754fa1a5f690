package org.smartpick.engine.market;

import java.util.SplittableRandom;

/**
 * Random draws the model needs beyond uniform and normal, all from an explicitly passed seeded
 * stream: Poisson (Knuth's product method below mean 30, a rounded normal above), gamma
 * (Marsaglia and Tsang, ACM TOMS 26(3), 2000), negative binomial as a gamma–Poisson mixture,
 * categorical by cumulative weights, the standard Gumbel (for Gumbel-top-k sampling without
 * replacement) and the logistic function. Stateless; thread-safe.
 */
final class Draws {
  private Draws() {
  }

  /** The logistic function 1 / (1 + e^-x). */
  static double logistic(double x) {
    return 1 / (1 + Math.exp(-x));
  }

  /** Bernoulli trial with success probability p. */
  static boolean chance(SplittableRandom random, double p) {
    return random.nextDouble() < p;
  }

  /** Normal with the given mean and standard deviation. */
  static double normal(SplittableRandom random, double mean, double sd) {
    return mean + sd * random.nextGaussian();
  }

  /** Poisson with the given mean (0 for a mean of 0 or less). */
  static int poisson(SplittableRandom random, double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return (int) Math.max(0, Math.round(normal(random, mean, Math.sqrt(mean))));
    }
    double limit = Math.exp(-mean);
    double product = random.nextDouble();
    int k = 0;
    while (product > limit) {
      product *= random.nextDouble();
      k++;
    }
    return k;
  }

  /** Gamma with shape k and scale 1. */
  static double gamma(SplittableRandom random, double shape) {
    if (shape < 1) {
      return gamma(random, shape + 1) * Math.pow(random.nextDouble(), 1 / shape);
    }
    double d = shape - 1.0 / 3;
    double c = 1 / Math.sqrt(9 * d);
    while (true) {
      double x = random.nextGaussian();
      double v = 1 + c * x;
      if (v <= 0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
        return d * v;
      }
    }
  }

  /** Negative binomial with the given mean and size (dispersion): variance mean + mean²/size. */
  static int negativeBinomial(SplittableRandom random, double mean, double size) {
    if (mean <= 0) {
      return 0;
    }
    return poisson(random, gamma(random, size) * mean / size);
  }

  /** Index drawn with probability proportional to the (non-negative) weights. */
  static int categorical(SplittableRandom random, double[] cumulative) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Running sums of the weights, for {@link #categorical}. */
  static double[] cumulative(double[] weights) {
    double[] sums = new double[weights.length];
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      total += weights[i];
      sums[i] = total;
    }
    return sums;
  }

  /** Standard Gumbel: adding it to log-weights and keeping the top k samples without replacement. */
  static double gumbel(SplittableRandom random) {
    return -Math.log(-Math.log(random.nextDouble() + Double.MIN_VALUE));
  }
}
