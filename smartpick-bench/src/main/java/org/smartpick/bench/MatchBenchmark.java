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
import org.smartpick.engine.match.RothPeransonStages;
import org.smartpick.engine.match.StabilityReport;
import org.smartpick.engine.match.synthetic.SyntheticMarketGenerator;
import org.smartpick.engine.match.synthetic.SyntheticMarketSpec;

/**
 * Milliseconds per national Match (synthetic market: 47,208 applicants, about 6,600 programs and
 * 43,000 positions) with 0 and 1,200 couples, next to the floor: one plain sequential pass over
 * every rank-list entry of the same instance. A match includes building the index and the final
 * stability check. The stages of one match are also timed separately: {@code stageIndex} (the flat
 * index), {@code stageAlgorithm} (one attempt on a prebuilt index: the Match proper) and
 * {@code stageVerification} (the independent {@code StabilityChecker} on the result). Run with
 * {@code -prof gc} for allocated bytes per Match.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MatchBenchmark {

  @Param({"0", "1200"})
  public int couples;

  private MatchInstance instance;
  private RothPeransonMatcher matcher;
  private RothPeransonStages stages;
  private RothPeransonStages.Index index;
  private int[] programOf;
  private int[] supplementalOf;
  private int[] finalCapacity;

  @Setup(Level.Trial)
  public void generateMarket() {
    instance = new SyntheticMarketGenerator().generate(SyntheticMarketSpec.national(couples));
    matcher = new RothPeransonMatcher(RothPeransonOptions.withSeed(1));
    stages = new RothPeransonStages(instance, RothPeransonOptions.withSeed(1));
    index = stages.buildIndex();
    MatchResult result = matcher.match(instance);
    programOf = new int[instance.applicantCount()];
    supplementalOf = new int[instance.applicantCount()];
    for (int a = 0; a < programOf.length; a++) {
      programOf[a] = result.programOf(a);
      supplementalOf[a] = result.supplementalProgramOf(a);
    }
    finalCapacity = new int[instance.programCount()];
    for (int p = 0; p < finalCapacity.length; p++) {
      finalCapacity[p] = result.finalCapacity(p);
    }
  }

  @Benchmark
  public MatchResult rothPeranson() {
    return matcher.match(instance);
  }

  /** Stage 1 of a match: building the flat index. */
  @Benchmark
  public Object stageIndex() {
    return stages.buildIndex();
  }

  /** Stage 2: one attempt of the algorithm on a prebuilt index (the Match proper). */
  @Benchmark
  public int[] stageAlgorithm() {
    return stages.runFirstAttempt(index);
  }

  /** Stage 3: the independent stability check of the result. */
  @Benchmark
  public StabilityReport stageVerification() {
    return stages.verify(programOf, supplementalOf, finalCapacity);
  }

  /** Reads every rank-list entry once, in order: the least work any Match must do. */
  @Benchmark
  public long floorOnePassOverRankLists() {
    return RankListFloor.onePass(instance);
  }

}
