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
    return of(ListBits.of(chances, byPreference), signalled, maxInterviews);
  }

  /** As {@link #of(Chances, int[], boolean[], int)} on the list's bits. */
  static ListOutcome of(ListBits list, boolean[] signalled, int maxInterviews) {
    if (maxInterviews < 1) {
      throw new IllegalArgumentException("maxInterviews must be at least 1, was "
          + maxInterviews);
    }
    int samples = list.samples();
    int[] matched = new int[samples];
    int[] interviews = new int[samples];
    int[] shift = shifts(list, signalled);
    for (int s = 0; s < samples; s++) {
      evaluate(list, s, shift, maxInterviews, matched, interviews);
    }
    return new ListOutcome(matched, interviews);
  }

  /**
   * This outcome after one more signal, at list position {@code i}: only the samples where the
   * signal changes that program's invitation or match are evaluated again, so O(S + changed·L).
   *
   * @param signalled the signals of this outcome plus the program at position {@code i}
   */
  ListOutcome withSignal(ListBits list, boolean[] signalled, int maxInterviews, int i) {
    int[] m = matched.clone();
    int[] n = interviews.clone();
    int[] shift = shifts(list, signalled);
    for (int s = 0; s < m.length; s++) {
      if (list.signalMatters(s, i)) {
        evaluate(list, s, shift, maxInterviews, m, n);
      }
    }
    return new ListOutcome(m, n);
  }

  // Per list position, the shift that reads the with-signal bits where a signal is sent.
  private static int[] shifts(ListBits list, boolean[] signalled) {
    int[] shift = new int[list.length()];
    for (int i = 0; i < shift.length; i++) {
      shift[i] = signalled[list.program(i)] ? ListBits.SIGNAL_SHIFT : 0;
    }
    return shift;
  }

  // Sample s: attend invitations in preference order up to the cap; match at the first that takes.
  private static void evaluate(ListBits list, int s, int[] shift, int maxInterviews,
      int[] matched, int[] interviews) {
    int match = -1;
    int attended = 0;
    for (int i = 0; i < shift.length && attended < maxInterviews; i++) {
      int b = list.bits(s, i) >>> shift[i];
      if ((b & Chances.INVITED) != 0) {
        attended++;
        if (match < 0 && (b & Chances.MATCH) != 0) {
          match = list.program(i);
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
