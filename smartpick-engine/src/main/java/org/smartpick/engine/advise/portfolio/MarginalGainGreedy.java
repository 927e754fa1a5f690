package org.smartpick.engine.advise.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy by exact marginal gain for independent chances, with the update rule of Kapur & Hong
 * (2022): after adding program k with gain g_k, a program j with {@code u_j >= u_k} loses
 * {@code p_j g_k} of its gain, and one with {@code u_j < u_k} keeps the share {@code 1 - p_k}.
 * Each step is O(n). Ties in gain go to the lower index; programs with zero gain are never added.
 * Stateless.
 */
final class MarginalGainGreedy {

  /** The programs added, in order, and the value after each addition. */
  record Trace(List<Integer> chosen, List<Double> valueAfterEach) {}

  private MarginalGainGreedy() {}

  /** Adds up to {@code limit} programs among those marked {@code allowed}. O(n · limit). */
  static Trace run(IndependentChances problem, boolean[] allowed, int limit) {
    int n = problem.size();
    double[] gain = new double[n];
    boolean[] open = new boolean[n];
    for (int j = 0; j < n; j++) {
      ProgramChance program = problem.program(j);
      open[j] = allowed[j];
      gain[j] = program.p() * program.utility();
    }
    List<Integer> chosen = new ArrayList<>();
    List<Double> curve = new ArrayList<>();
    double value = 0;
    while (chosen.size() < limit) {
      int k = argmax(gain, open);
      if (k < 0) {
        break;
      }
      double gainK = gain[k];
      open[k] = false;
      value += gainK;
      chosen.add(k);
      curve.add(value);
      update(problem, gain, open, k, gainK);
    }
    return new Trace(chosen, curve);
  }

  // The open program with the largest positive gain, lowest index on ties; -1 if none.
  private static int argmax(double[] gain, boolean[] open) {
    int best = -1;
    double bestGain = 0;
    for (int j = 0; j < gain.length; j++) {
      if (open[j] && gain[j] > bestGain) {
        best = j;
        bestGain = gain[j];
      }
    }
    return best;
  }

  // Marginal gains after adding k (Kapur & Hong's update rule).
  private static void update(IndependentChances problem, double[] gain, boolean[] open, int k,
      double gainK) {
    ProgramChance added = problem.program(k);
    for (int j = 0; j < gain.length; j++) {
      if (!open[j]) {
        continue;
      }
      ProgramChance program = problem.program(j);
      if (program.utility() >= added.utility()) {
        gain[j] = Math.max(0, gain[j] - program.p() * gainK);
      } else {
        gain[j] *= 1 - added.p();
      }
    }
  }
}
