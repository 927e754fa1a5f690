package org.smartpick.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.RothPeransonMatcher;
import org.smartpick.engine.match.RothPeransonOptions;
import org.smartpick.engine.match.RothPeransonStages;
import org.smartpick.engine.match.synthetic.SyntheticMarketGenerator;
import org.smartpick.engine.match.synthetic.SyntheticMarketSpec;

/**
 * Thread CPU time of each Match stage over many repetitions, next to the floor measured in the
 * same loop, on the synthetic national market (seed 1). On a shared machine the minimum of CPU
 * time is the figure least disturbed by other processes (JMH means there carry their load); the
 * first quarter of the repetitions is warm-up. Stages as in {@link MatchBenchmark}: index, one
 * attempt of the algorithm, then the full {@code match} (index, attempts, verification).
 *
 * <p>Prints the minima and their ratios to the minimum floor, then the same ratios taken per
 * repetition (each repetition's stages over that repetition's floor, so a burst of load on one
 * side is not set against a quiet moment on the other) as median and quartiles, and the system
 * load average before and after.
 *
 * <p>Usage: {@code MatchStageTimes [couples=0] [repetitions=80]}.
 */
public final class MatchStageTimes {

  private MatchStageTimes() {
  }

  public static void main(String[] args) {
    int couples = args.length > 0 ? Integer.parseInt(args[0]) : 0;
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 80;
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    MatchInstance instance = new SyntheticMarketGenerator()
        .generate(SyntheticMarketSpec.national(couples));
    RothPeransonStages stages = new RothPeransonStages(instance, RothPeransonOptions.withSeed(1));
    RothPeransonMatcher matcher = new RothPeransonMatcher(RothPeransonOptions.withSeed(1));
    ThreadMXBean clock = ManagementFactory.getThreadMXBean();
    int warmUp = repetitions / 4;
    long[] best = {Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE};
    double[] matchRatio = new double[repetitions - warmUp];
    double[] fullRatio = new double[repetitions - warmUp];
    long sink = 0;
    for (int r = 0; r < repetitions; r++) {
      long t0 = clock.getCurrentThreadCpuTime();
      RothPeransonStages.Index index = stages.buildIndex();
      long t1 = clock.getCurrentThreadCpuTime();
      sink += stages.runFirstAttempt(index).length;
      long t2 = clock.getCurrentThreadCpuTime();
      sink += RankListFloor.onePass(instance);
      long t3 = clock.getCurrentThreadCpuTime();
      sink += matcher.match(instance).matchedCount();
      long t4 = clock.getCurrentThreadCpuTime();
      if (r >= warmUp) {
        best[0] = Math.min(best[0], t1 - t0);
        best[1] = Math.min(best[1], t2 - t1);
        best[2] = Math.min(best[2], t3 - t2);
        best[3] = Math.min(best[3], t4 - t3);
        matchRatio[r - warmUp] = (t2 - t0) / (double) (t3 - t2);
        fullRatio[r - warmUp] = (t4 - t3) / (double) (t3 - t2);
      }
    }
    double floor = best[2];
    System.out.printf(Locale.ROOT, "couples %d, min of %d: index %.2f ms, algorithm %.2f ms, "
        + "floor %.2f ms, match %.2f ms; (index + algorithm) / floor %.1f, match / floor %.1f"
        + " (checksum %d)%n", couples, repetitions - warmUp, best[0] / 1e6, best[1] / 1e6,
        floor / 1e6, best[3] / 1e6, (best[0] + best[1]) / floor, best[3] / floor, sink & 0xff);
    System.out.printf(Locale.ROOT, "per repetition: (index + algorithm) / floor %s, "
        + "match / floor %s; load average %.1f -> %.1f%n", quartiles(matchRatio),
        quartiles(fullRatio), loadBefore,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  /** "median (q1–q3)" of the values. */
  private static String quartiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return String.format(Locale.ROOT, "%.1f (%.1f–%.1f)", sorted[n / 2], sorted[n / 4],
        sorted[3 * n / 4]);
  }
}
