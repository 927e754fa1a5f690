package org.smartpick.engine.advise.portfolio;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Seeded random instances for property tests. */
final class RandomInstances {

  private RandomInstances() {}

  /**
   * Up to {@code maxPrograms} programs. Half the instances use coarse values (p in {0, 1/4, 1/2,
   * 1}, utilities in {0..3}) so that ties and sure/impossible programs are common.
   */
  static IndependentChances independent(SplittableRandom random, int maxPrograms,
      boolean equalCosts) {
    int n = random.nextInt(maxPrograms + 1);
    boolean coarse = random.nextBoolean();
    int commonCost = 1 + random.nextInt(3);
    List<ProgramChance> programs = new ArrayList<>();
    for (int j = 0; j < n; j++) {
      double p = coarse ? random.nextInt(5) / 4.0 : random.nextDouble();
      double utility = coarse ? random.nextInt(4) : 10 * random.nextDouble();
      int cost = equalCosts ? commonCost : 1 + random.nextInt(5);
      programs.add(new ProgramChance("P" + j, p, utility, cost));
    }
    int budget = equalCosts
        ? random.nextInt(n + 2) * commonCost + random.nextInt(commonCost)
        : random.nextInt(3 * n + 2);
    return new IndependentChances(programs, budget);
  }

  /** A scenario instance with its plain success matrix kept for the checkers. */
  record Scenarios(ScenarioChances problem, boolean[][] success, double[] utility, int[] cost) {}

  /** Up to {@code maxPrograms} programs and 1..maxScenarios scenarios. */
  static Scenarios scenarios(SplittableRandom random, int maxPrograms, int maxScenarios,
      boolean equalCosts) {
    int n = random.nextInt(maxPrograms + 1);
    int scenarios = 1 + random.nextInt(maxScenarios);
    boolean coarse = random.nextBoolean();
    double[] utility = new double[n];
    int[] cost = new int[n];
    double[] p = new double[n];
    int commonCost = 1 + random.nextInt(3);
    ScenarioChances.Builder builder = ScenarioChances.builder(scenarios);
    for (int j = 0; j < n; j++) {
      utility[j] = coarse ? random.nextInt(4) : 10 * random.nextDouble();
      cost[j] = equalCosts ? commonCost : 1 + random.nextInt(5);
      p[j] = random.nextDouble();
      builder.addProgram("P" + j, utility[j], cost[j]);
    }
    boolean[][] success = new boolean[scenarios][n];
    for (int k = 0; k < scenarios; k++) {
      for (int j = 0; j < n; j++) {
        success[k][j] = random.nextDouble() < p[j];
        if (success[k][j]) {
          builder.accepts(k, j);
        }
      }
    }
    int budget = equalCosts
        ? random.nextInt(n + 2) * commonCost + random.nextInt(commonCost)
        : random.nextInt(3 * n + 2);
    return new Scenarios(builder.budget(budget).build(), success, utility, cost);
  }
}
