package org.smartpick.engine.match;

import java.util.Arrays;
import java.util.List;

/**
 * Headline figures of one Match: applicants, couples, programs, positions (after reversions),
 * how many applicants matched and at which rank of their primary list (1, 2, 3, 4 or later), how
 * many positions stayed unfilled, and the fill rate of PGY-1 positions (CATEGORICAL and PGY1
 * programs, the NRMP's "PGY-1 fill rate"). Computed in O(applicants + programs). Immutable.
 *
 * @param applicants applicants, singles and couple members
 * @param couples couples
 * @param programs programs
 * @param positions positions after reversions
 * @param matched applicants matched on their primary list
 * @param matchedAtRank matched applicants by rank: index 0 → rank 1, 1 → rank 2, 2 → rank 3,
 *     3 → rank 4 or later
 * @param filled positions filled (primary and supplemental matches)
 * @param pgy1Positions positions of CATEGORICAL and PGY1 programs after reversions
 * @param pgy1Filled filled positions of CATEGORICAL and PGY1 programs
 */
public record MatchSummary(int applicants, int couples, int programs, int positions, int matched,
    List<Integer> matchedAtRank, int filled, int pgy1Positions, int pgy1Filled) {

  /** Rank buckets reported: 1, 2, 3 and 4 or later. */
  public static final int RANK_BUCKETS = 4;

  public MatchSummary {
    matchedAtRank = List.copyOf(matchedAtRank);
    if (matchedAtRank.size() != RANK_BUCKETS) {
      throw new IllegalArgumentException("matchedAtRank must have " + RANK_BUCKETS
          + " buckets, has " + matchedAtRank.size());
    }
  }

  /** The summary of a result of the given instance. */
  public static MatchSummary of(MatchInstance instance, MatchResult result) {
    int matched = 0;
    int[] atRank = new int[RANK_BUCKETS];
    for (int a = 0; a < result.applicantCount(); a++) {
      if (result.programOf(a) != MatchInstance.NONE) {
        matched++;
        atRank[Math.min(result.matchedRank(a), RANK_BUCKETS) - 1]++;
      }
    }
    int positions = 0;
    int filled = 0;
    int pgy1Positions = 0;
    int pgy1Filled = 0;
    for (int p = 0; p < result.programCount(); p++) {
      positions += result.finalCapacity(p);
      filled += result.filled(p);
      if (instance.track(p) != Track.ADVANCED) {
        pgy1Positions += result.finalCapacity(p);
        pgy1Filled += result.filled(p);
      }
    }
    return new MatchSummary(instance.applicantCount(), instance.coupleCount(),
        instance.programCount(), positions, matched, Arrays.stream(atRank).boxed().toList(), filled, pgy1Positions, pgy1Filled);
  }

  /** Positions left unfilled. */
  public int unfilled() {
    return positions - filled;
  }

  /** Share of applicants matched on their primary list, 0 when there are none. */
  public double matchRate() {
    return applicants == 0 ? 0 : (double) matched / applicants;
  }

  /** Share of matched applicants matched in the given bucket (0-based), 0 when none matched. */
  public double shareMatchedAtRank(int bucket) {
    return matched == 0 ? 0 : (double) matchedAtRank.get(bucket) / matched;
  }

  /** Share of PGY-1 positions filled, 0 when there are none. */
  public double pgy1FillRate() {
    return pgy1Positions == 0 ? 0 : (double) pgy1Filled / pgy1Positions;
  }
}
