package org.smartpick.engine.advise.portfolio;

/**
 * Per-run state of a greedy on {@link ScenarioChances}: the best utility reached so far in each
 * scenario. Marginal gains walk the program's success bitset; nothing is allocated
 * per evaluation. One instance per run; not thread-safe.
 */
final class CoverageState {
  private final ScenarioChances problem;
  private final double[] best;

  CoverageState(ScenarioChances problem) {
    this.problem = problem;
    this.best = new double[problem.scenarioCount()];
  }

  /** The sample-average gain of adding the program. O(words + successes). */
  double gain(int program) {
    long[] words = problem.successWords(program);
    double utility = problem.utility(program);
    double sum = 0;
    for (int w = 0; w < words.length; w++) {
      for (long word = words[w]; word != 0; word &= word - 1) {
        double lift = utility - best[(w << 6) + Long.numberOfTrailingZeros(word)];
        if (lift > 0) {
          sum += lift;
        }
      }
    }
    return sum / best.length;
  }

  /** Adds the program to the set. */
  void add(int program) {
    long[] words = problem.successWords(program);
    double utility = problem.utility(program);
    for (int w = 0; w < words.length; w++) {
      for (long word = words[w]; word != 0; word &= word - 1) {
        int scenario = (w << 6) + Long.numberOfTrailingZeros(word);
        if (utility > best[scenario]) {
          best[scenario] = utility;
        }
      }
    }
  }

  /**
   * The sample-average value of the set so far, summed in scenario order (O(K)) so that it is
   * bit-for-bit {@link ScenarioChances#value} of the same set, whatever the order of additions.
   */
  double value() {
    double total = 0;
    for (double utility : best) {
      total += utility;
    }
    return total / best.length;
  }
}
