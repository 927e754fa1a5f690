package org.smartpick.engine.advise;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What one application list yields in each scenario by the cutoff shortcut, with the interview
 * cap: in scenario k the student is invited where {@link Chances#invited} (or
 * {@link Chances#invitedWithSignal} at signalled programs) holds, attends at most {@code
 * maxInterviews} of those invitations in preference order (MODEL.md, "Screening and
 * invitations"), ranks the attended programs by preference and matches at the first that would
 * take them ({@link Chances#matches} / {@link Chances#matchesWithSignal}): applicant-proposing
 * deferred acceptance with fixed cutoffs (Azevedo &amp; Leshno 2016). Preference is the list order
 * given. O(K·list) to build. Immutable; thread-safe.
 */
public final class ListOutcome {
  private final int[] matched;
  private final int[] interviews;

  private ListOutcome(int[] matched, int[] interviews) {
    this.matched = matched;
    this.interviews = interviews;
  }

  /**
   * Evaluates a list.
   *
   * @param byPreference local program indices, most preferred first
   * @param signalled per local program, true when the student signals it
   * @param maxInterviews most interviews the student attends (at least 1)
   */
  public static ListOutcome of(Chances chances, int[] byPreference, boolean[] signalled,
      int maxInterviews) {
    if (maxInterviews < 1) {
      throw new IllegalArgumentException("maxInterviews must be at least 1, was "
          + maxInterviews);
    }
    int scenarios = chances.scenarioCount();
    int[] matched = new int[scenarios];
    int[] interviews = new int[scenarios];
    for (int k = 0; k < scenarios; k++) {
      matched[k] = -1;
      for (int i = 0; i < byPreference.length && interviews[k] < maxInterviews; i++) {
        int j = byPreference[i];
        boolean signal = signalled[j];
        if (signal ? chances.invitedWithSignal(k, j) : chances.invited(k, j)) {
          interviews[k]++;
          if (matched[k] < 0 && (signal ? chances.matchesWithSignal(k, j)
              : chances.matches(k, j))) {
            matched[k] = j;
          }
        }
      }
    }
    return new ListOutcome(matched, interviews);
  }

  /** The programs of a list ordered by the student's utility, highest first (ties by index). */
  public static int[] byPreference(List<Integer> list, double[] utility) {
    return list.stream().sorted(Comparator.comparingDouble((Integer j) -> -utility[j])
        .thenComparing(j -> j)).mapToInt(Integer::intValue).toArray();
  }

  /** Local program matched in scenario k, −1 when unmatched. */
  public int matchedProgram(int k) {
    return matched[k];
  }

  /** Interviews attended in scenario k (at most the cap). */
  public int interviews(int k) {
    return interviews[k];
  }

  /** P(match) with the list: the share of scenarios with a match, with its Wilson interval. */
  public Estimate matchChance() {
    return Estimate.of((int) Arrays.stream(matched).filter(j -> j >= 0).count(), matched.length);
  }

  /** Mean interviews attended per scenario. */
  public double expectedInterviews() {
    return Arrays.stream(interviews).average().orElse(0);
  }

  /** Mean utility of the outcome (unmatched = 0). */
  public double expectedUtility(double[] utility) {
    return IntStream.of(matched).mapToDouble(j -> j < 0 ? 0 : utility[j]).average().orElse(0);
  }
}
