package org.smartpick.engine.advise.rank;

import org.smartpick.engine.advise.InterviewScenarios;

/**
 * Where a submitted rank order list matches in one scenario under applicant-proposing deferred
 * acceptance with fixed cutoffs (Azevedo &amp; Leshno 2016): at the first listed program whose
 * cutoff the student clears. Utilities are linear in the student's true preference: the true
 * first choice is worth 1, the last 1/n, unmatched 0. Stateless; O(n) per scenario.
 */
public final class RankOrderOutcome {
  /** Whether the student clears the cutoff of the program at a true-preference position. */
  @FunctionalInterface
  public interface Clears {
    /** True when, in scenario k, the student clears the cutoff at list position i. */
    boolean clears(int k, int i);
  }

  private RankOrderOutcome() {
  }

  /** True-preference position (0-based) matched with {@code order}, or -1 when unmatched. */
  static int matched(InterviewScenarios scenarios, int k, int[] order) {
    return matched(scenarios::clears, k, order);
  }

  /** As {@link #matched(InterviewScenarios, int, int[])} for any clearing rule. */
  public static int matched(Clears clears, int k, int[] order) {
    for (int position : order) {
      if (clears.clears(k, position)) {
        return position;
      }
    }
    return -1;
  }

  /** The utility of matching at a true-preference position of a list of n (-1: unmatched, 0). */
  static double utility(int position, int n) {
    return position < 0 ? 0 : (double) (n - position) / n;
  }
}
