package org.smartpick.engine.advise;

import java.util.Arrays;
import org.smartpick.engine.market.CycleOutcome;

/**
 * The model's P(match | number of contiguous ranks) for the applicants who prefer one specialty,
 * pooled over scenarios: per list length 1..{@value #MAX} (the last bin is "{@value #MAX} or
 * more"), how many applicants ranked that many programs of the specialty before any other, and
 * how many of them matched in it. The same quantity as the simulation metric
 * {@code pMatchByContiguousRanks} (NRMP Charting Outcomes reports it for the real Match).
 *
 * <p>O(applicants) per outcome. Immutable; thread-safe.
 */
public final class ContiguousRanks {
  /** Lengths at or over this share the last bin. */
  public static final int MAX = 16;

  private final long[] applicants;
  private final long[] matched;

  private ContiguousRanks(long[] applicants, long[] matched) {
    this.applicants = applicants;
    this.matched = matched;
  }

  /** Nothing observed yet. */
  public static ContiguousRanks empty() {
    return new ContiguousRanks(new long[MAX], new long[MAX]);
  }

  /** Counts one outcome's applicants whose preferred specialty is {@code specialty}. */
  public static ContiguousRanks of(CycleOutcome outcome, int specialty) {
    long[] n = new long[MAX];
    long[] m = new long[MAX];
    for (int i = 0; i < outcome.applicantCount(); i++) {
      int length = outcome.contiguousRanks(i);
      if (outcome.specialty(i) != specialty || outcome.backupOnly(i) || length < 1) {
        continue;
      }
      int bin = Math.min(length, MAX) - 1;
      n[bin]++;
      m[bin] += outcome.matchedInPreferred(i) ? 1 : 0;
    }
    return new ContiguousRanks(n, m);
  }

  /** Both counts added. */
  public ContiguousRanks plus(ContiguousRanks other) {
    long[] n = Arrays.copyOf(applicants, MAX);
    long[] m = Arrays.copyOf(matched, MAX);
    for (int b = 0; b < MAX; b++) {
      n[b] += other.applicants[b];
      m[b] += other.matched[b];
    }
    return new ContiguousRanks(n, m);
  }

  /** Applicants observed with {@code length} contiguous ranks (lengths over MAX share MAX). */
  public long applicants(int length) {
    return applicants[bin(length)];
  }

  /** P(match in the specialty | length contiguous ranks), NaN when no applicant had that many. */
  public double matchChance(int length) {
    int b = bin(length);
    return applicants[b] == 0 ? Double.NaN : (double) matched[b] / applicants[b];
  }

  /**
   * The fewest contiguous ranks at which the model's match chance reaches {@code level} and stays
   * there for every longer length observed; 0 when no length is observed at that level.
   */
  public int fewestReaching(double level) {
    int fewest = 0;
    for (int length = MAX; length >= 1; length--) {
      double p = matchChance(length);
      if (Double.isNaN(p)) {
        continue;
      }
      if (p < level) {
        break;
      }
      fewest = length;
    }
    return fewest;
  }

  private static int bin(int length) {
    if (length < 1) {
      throw new IllegalArgumentException("length must be at least 1, was " + length);
    }
    return Math.min(length, MAX) - 1;
  }
}
