package org.smartpick.engine.advise;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * What one application list yields in each sample (a scenario with one set of the student's draws,
 * {@link Chances}) by the cutoff shortcut, with the interview cap: the student is invited where
 * {@link Chances#invited} (or {@link Chances#invitedWithSignal} at signalled programs) holds,
 * attends at most {@code maxInterviews} of those invitations in preference order (MODEL.md,
 * "Screening and invitations"), ranks the attended programs by preference and matches at the first
 * that would take them ({@link Chances#matches} / {@link Chances#matchesWithSignal}):
 * applicant-proposing deferred acceptance with fixed cutoffs (Azevedo &amp; Leshno 2016).
 * Preference is the list order given. O(S·list) to build for S samples. Immutable; thread-safe.
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
    int samples = chances.sampleCount();
    int[] matched = new int[samples];
    int[] interviews = new int[samples];
    for (int s = 0; s < samples; s++) {
      evaluate(chances, s, byPreference, signalled, maxInterviews, matched, interviews);
    }
    return new ListOutcome(matched, interviews);
  }

  /**
   * This outcome after one more signal, to local program {@code j}: only the samples where the
   * signal changes j's invitation or match are evaluated again, so O(S + changed·list).
   *
   * @param signalled the signals of this outcome plus {@code j}
   */
  ListOutcome withSignal(Chances chances, int[] byPreference, boolean[] signalled,
      int maxInterviews, int j) {
    int[] m = matched.clone();
    int[] n = interviews.clone();
    for (int s = 0; s < m.length; s++) {
      if (chances.signalMatters(s, j)) {
        evaluate(chances, s, byPreference, signalled, maxInterviews, m, n);
      }
    }
    return new ListOutcome(m, n);
  }

  // Sample s: attend invitations in preference order up to the cap; match at the first that takes.
  private static void evaluate(Chances chances, int s, int[] byPreference, boolean[] signalled,
      int maxInterviews, int[] matched, int[] interviews) {
    int match = -1;
    int attended = 0;
    for (int i = 0; i < byPreference.length && attended < maxInterviews; i++) {
      int j = byPreference[i];
      boolean signal = signalled[j];
      if (signal ? chances.invitedWithSignal(s, j) : chances.invited(s, j)) {
        attended++;
        if (match < 0 && (signal ? chances.matchesWithSignal(s, j) : chances.matches(s, j))) {
          match = j;
        }
      }
    }
    matched[s] = match;
    interviews[s] = attended;
  }

  /** The programs of a list ordered by the student's utility, highest first (ties by index). */
  public static int[] byPreference(List<Integer> list, double[] utility) {
    return list.stream().sorted(Comparator.comparingDouble((Integer j) -> -utility[j])
        .thenComparing(j -> j)).mapToInt(Integer::intValue).toArray();
  }

  /** Local program matched in sample s, −1 when unmatched. */
  public int matchedProgram(int s) {
    return matched[s];
  }

  /** Interviews attended in sample s (at most the cap). */
  public int interviews(int s) {
    return interviews[s];
  }

  /** P(match) with the list: the share of samples with a match, with its Wilson interval. */
  public Estimate matchChance() {
    return Estimate.of((int) Arrays.stream(matched).filter(j -> j >= 0).count(), matched.length);
  }

  /** Mean interviews attended per sample. */
  public double expectedInterviews() {
    return Arrays.stream(interviews).average().orElse(0);
  }

  /** Mean utility of the outcome (unmatched = 0). */
  public double expectedUtility(double[] utility) {
    return IntStream.of(matched).mapToDouble(j -> j < 0 ? 0 : utility[j]).average().orElse(0);
  }
}
