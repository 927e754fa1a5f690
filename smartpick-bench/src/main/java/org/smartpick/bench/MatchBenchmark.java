package org.smartpick.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.MatchResult;
import org.smartpick.engine.match.RothPeransonMatcher;
import org.smartpick.engine.match.RothPeransonOptions;
import org.smartpick.engine.match.synthetic.SyntheticMarketGenerator;
import org.smartpick.engine.match.synthetic.SyntheticMarketSpec;

/**
 * Milliseconds per national Match (synthetic market: 47,208 applicants, about 6,600 programs and
 * 43,000 positions) with 0 and 1,200 couples, next to the floor: one plain sequential pass over
 * every rank-list entry of the same instance. A match includes building the index and the final
 * stability check. Run with {@code -prof gc} for allocated bytes per Match.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchBenchmark {

  @Param({"0", "1200"})
  public int couples;

  private MatchInstance instance;
  private RothPeransonMatcher matcher;

  @Setup(Level.Trial)
  public void generateMarket() {
    instance = new SyntheticMarketGenerator().generate(SyntheticMarketSpec.national(couples));
    matcher = new RothPeransonMatcher(RothPeransonOptions.withSeed(1));
  }

  @Benchmark
  public MatchResult rothPeranson() {
    return matcher.match(instance);
  }

  /** Reads every rank-list entry once, in order: the least work any Match must do. */
  @Benchmark
  public long floorOnePassOverRankLists() {
    long sum = 0;
    for (int p = 0; p < instance.programCount(); p++) {
      for (int a : instance.programRankList(p)) {
        sum += a;
      }
    }
    for (int a = 0; a < instance.applicantCount(); a++) {
      for (int p : instance.applicantRankList(a)) {
        sum += p;
      }
      for (int p : instance.supplementalList(a)) {
        sum += p;
      }
    }
    for (int c = 0; c < instance.coupleCount(); c++) {
      for (int p : instance.coupleRankList(c)) {
        sum += p;
      }
    }
    return sum;
  }
}
