package org.smartpick.bench.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smartpick.engine.advise.portfolio.CostBenefitLazyGreedy;
import org.smartpick.engine.advise.portfolio.CostDynamicProgram;
import org.smartpick.engine.advise.portfolio.IndependentChances;
import org.smartpick.engine.advise.portfolio.LazyGreedy;
import org.smartpick.engine.advise.portfolio.NestedGreedy;
import org.smartpick.engine.advise.portfolio.Portfolio;
import org.smartpick.engine.advise.portfolio.ProgramChance;
import org.smartpick.engine.advise.portfolio.ScenarioChances;

/**
 * Portfolio optimizers at the size of one specialty's national catalog: {@code programs}
 * candidates, 60 applications (or an ERAS-like fee budget), and for the scenario optimizers
 * {@code scenarios} simulated markets. Inputs are drawn from a fixed seed (printed at setup).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class PortfolioBenchmark {
  private static final long SEED = 20251125L;
  private static final int COUNT = 60;

  @Param({"600"})
  public int programs;

  @Param({"2000"})
  public int scenarios;

  private IndependentChances equalCosts;
  private IndependentChances fees;
  private ScenarioChances countScenarios;
  private ScenarioChances feeScenarios;

  @Setup
  public void setUp() {
    System.out.println("seed " + SEED);
    SplittableRandom random = new SplittableRandom(SEED);
    List<ProgramChance> same = new ArrayList<>();
    List<ProgramChance> priced = new ArrayList<>();
    double[] p = new double[programs];
    double[] utility = new double[programs];
    int[] fee = new int[programs];
    for (int j = 0; j < programs; j++) {
      utility[j] = random.nextDouble();
      p[j] = Math.min(0.95, 0.02 + 0.6 * (1 - utility[j]) * random.nextDouble());
      fee[j] = 11 + random.nextInt(20);
      same.add(new ProgramChance("P" + j, p[j], utility[j], 1));
      priced.add(new ProgramChance("P" + j, p[j], utility[j], fee[j]));
    }
    equalCosts = new IndependentChances(same, COUNT);
    fees = new IndependentChances(priced, COUNT * 20);
    countScenarios = sample(random, p, utility, null, COUNT);
    feeScenarios = sample(random, p, utility, fee, COUNT * 20);
  }

  private ScenarioChances sample(SplittableRandom random, double[] p, double[] utility,
      int[] fee, int budget) {
    ScenarioChances.Builder builder = ScenarioChances.builder(scenarios);
    for (int j = 0; j < programs; j++) {
      builder.addProgram("P" + j, utility[j], fee == null ? 1 : fee[j]);
    }
    for (int k = 0; k < scenarios; k++) {
      for (int j = 0; j < programs; j++) {
        if (random.nextDouble() < p[j]) {
          builder.accepts(k, j);
        }
      }
    }
    return builder.budget(budget).build();
  }

  @Benchmark
  public Portfolio nestedGreedy() {
    return new NestedGreedy().optimize(equalCosts);
  }

  @Benchmark
  public Portfolio costDynamicProgram() {
    return new CostDynamicProgram().optimize(fees);
  }

  @Benchmark
  public Portfolio lazyGreedy() {
    return new LazyGreedy().optimize(countScenarios);
  }

  @Benchmark
  public Portfolio costBenefitLazyGreedy() {
    return new CostBenefitLazyGreedy().optimize(feeScenarios);
  }
}
