package org.smartpick.engine.match;

import java.util.Arrays;

/**
 * Flat, precomputed view of a {@link MatchInstance} for {@link RothPeransonRun}: every rank list
 * laid out in one int array per kind, each applicant-side entry carrying its rank on the program's
 * list and each program-side entry carrying the program's position on the applicant's primary
 * list (or first pair, for a couple member), so that every comparison during the Match is one
 * array read (re-entry on a supplemental list scans that short list instead).
 *
 * <p>Built by copying the lists and one cross-indexing step (see {@link #crossIndex()}) in
 * O(E + applicants + programs) time for E rank-list entries. Immutable after construction, so one index serves every attempt of a {@code match}.
 */
final class MarketIndex {
  final MatchInstance instance;
  final int applicants;
  final int programs;
  final int couples;

  /** Primary lists of single applicants: entries {@code [listStart[a], listStart[a+1])}. */
  final int[] listStart;
  /**
   * Entry {@code e} of the primary lists, interleaved for locality: {@code listEntry[2e]} is the
   * program, {@code listEntry[2e+1]} the applicant's rank on its list, or -1 if it does not rank
   * them.
   */
  final int[] listEntry;

  /** Supplemental PGY-1 lists, laid out like the primary lists. */
  final int[] supplementalStart;
  final int[] supplementalProgram;
  final int[] supplementalRank;

  /** Couples' pairs: pairs {@code [pairStart[c], pairStart[c+1])}, each side possibly NONE. */
  final int[] pairStart;
  final int[] pairFirst;
  final int[] pairSecond;
  final int[] pairFirstRank;
  final int[] pairSecondRank;
  final int[] firstMember;
  final int[] secondMember;

  /** Program lists: entries {@code [programStart[p], programStart[p+1])}, best first. */
  final int[] programStart;
  final int[] programApplicant;
  /** Per program entry: the program's index on the applicant's primary list, or -1. */
  final int[] positionOnPrimary;
  /** Per program entry of a couple member: first pair index with this program on their side, or -1. */
  final int[] firstPairWithProgram;

  final boolean[] advanced;
  final int[] coupleOf;
  /** Slots each program may ever need: its positions, all positions that can revert to it, plus one. */
  final int[] room;
  /** Programs with a reversion receiver, each listed before any program its positions pass through. */
  final int[] reversionOrder;
  /** {@link MatchInstance#rankListEntries()}, from the offsets above (no pass over the lists). */
  final long rankListEntries;

  MarketIndex(MatchInstance instance) {
    this.instance = instance;
    applicants = instance.applicantCount();
    programs = instance.programCount();
    couples = instance.coupleCount();

    coupleOf = new int[applicants];
    listStart = new int[applicants + 1];
    supplementalStart = new int[applicants + 1];
    for (int a = 0; a < applicants; a++) {
      coupleOf[a] = instance.coupleOf(a);
      listStart[a + 1] = listStart[a] + instance.applicantRankList(a).length;
      supplementalStart[a + 1] = supplementalStart[a] + instance.supplementalList(a).length;
    }
    listEntry = new int[2 * listStart[applicants]];
    supplementalProgram = new int[supplementalStart[applicants]];
    for (int a = 0; a < applicants; a++) {
      int[] list = instance.applicantRankList(a);
      for (int i = 0, e = 2 * listStart[a]; i < list.length; i++, e += 2) {
        listEntry[e] = list[i];
        listEntry[e + 1] = -1;
      }
      int[] supplementalList = instance.supplementalList(a);
      System.arraycopy(supplementalList, 0, supplementalProgram, supplementalStart[a],
          supplementalList.length);
    }
    advanced = new boolean[programs];
    programStart = new int[programs + 1];
    for (int p = 0; p < programs; p++) {
      advanced[p] = instance.track(p) == Track.ADVANCED;
      programStart[p + 1] = programStart[p] + instance.programRankList(p).length;
    }
    programApplicant = new int[programStart[programs]];
    for (int p = 0; p < programs; p++) {
      int[] list = instance.programRankList(p);
      System.arraycopy(list, 0, programApplicant, programStart[p], list.length);
    }

    pairStart = new int[couples + 1];
    firstMember = new int[couples];
    secondMember = new int[couples];
    for (int c = 0; c < couples; c++) {
      pairStart[c + 1] = pairStart[c] + instance.couplePairCount(c);
      firstMember[c] = instance.coupleMember(c, 0);
      secondMember[c] = instance.coupleMember(c, 1);
    }
    int pairs = pairStart[couples];
    pairFirst = new int[pairs];
    pairSecond = new int[pairs];
    for (int c = 0; c < couples; c++) {
      int[] list = instance.coupleRankList(c);
      for (int k = 0; k < list.length / 2; k++) {
        pairFirst[pairStart[c] + k] = list[2 * k];
        pairSecond[pairStart[c] + k] = list[2 * k + 1];
      }
    }

    supplementalRank = minusOnes(supplementalProgram.length);
    pairFirstRank = minusOnes(pairs);
    pairSecondRank = minusOnes(pairs);
    positionOnPrimary = minusOnes(programApplicant.length);
    // Couple members have no primary list, singles no pairs: the two views share one array.
    firstPairWithProgram = positionOnPrimary;
    crossIndex();
    rankListEntries = (long) programStart[programs] + listStart[applicants]
        + supplementalStart[applicants] + 2L * pairs;
    room = new int[programs];
    int[] depth = new int[programs];
    int withReceiver = 0;
    for (int p = 0; p < programs; p++) {
      room[p] += instance.capacity(p) + 1;
      for (int r = instance.revertTo(p); r != MatchInstance.NONE; r = instance.revertTo(r)) {
        room[r] += instance.capacity(p);
        depth[p]++;
      }
      if (depth[p] > 0) {
        withReceiver++;
      }
    }
    reversionOrder = byDepthDescending(depth, withReceiver);
  }

  /**
   * Fills both directions of every (program, applicant) entry: the program-list entries are
   * bucketed by applicant with a counting sort (two sequential passes over the program lists),
   * then each applicant's own short list is spread into a scratch array indexed by program (it
   * stays in the first-level cache) and every bucketed entry is answered with one read. Time
   * O(E + applicants + programs) for E rank-list entries; no hashing or sorting, and the random
   * accesses are independent of each other (no dependent chains of cache misses).
   */
  private void crossIndex() {
    int entries = programApplicant.length;
    int[] bucketStart = new int[applicants + 1];
    for (int entry = 0; entry < entries; entry++) {
      bucketStart[programApplicant[entry] + 1]++;
    }
    for (int a = 0; a < applicants; a++) {
      bucketStart[a + 1] += bucketStart[a];
    }
    int[] fill = Arrays.copyOf(bucketStart, applicants);
    int[] bucket = new int[2 * entries];
    for (int p = 0; p < programs; p++) {
      for (int entry = programStart[p], end = programStart[p + 1]; entry < end; entry++) {
        int at = 2 * fill[programApplicant[entry]]++;
        bucket[at] = p;
        bucket[at + 1] = entry;
      }
    }
    int[] scratch = minusOnes(programs);
    for (int x = 0; x < applicants; x++) {
      int from = 2 * bucketStart[x];
      int to = 2 * bucketStart[x + 1];
      if (from == to) {
        continue;
      }
      int c = coupleOf[x];
      if (c == MatchInstance.NONE) {
        int start = listStart[x];
        int length = listStart[x + 1] - start;
        for (int i = 0; i < length; i++) {
          scratch[listEntry[2 * (start + i)]] = i;
        }
        for (int j = from; j < to; j += 2) {
          int p = bucket[j];
          int entry = bucket[j + 1];
          int i = scratch[p];
          if (i >= 0) {
            listEntry[2 * (start + i) + 1] = entry - programStart[p];
            positionOnPrimary[entry] = i;
          }
        }
        for (int i = 0; i < length; i++) {
          scratch[listEntry[2 * (start + i)]] = -1;
        }
      } else {
        for (int j = from; j < to; j += 2) {
          int p = bucket[j];
          int entry = bucket[j + 1];
          crossIndexCoupleMember(c, x, p, entry - programStart[p], entry);
        }
      }
      int start = supplementalStart[x];
      int length = supplementalStart[x + 1] - start;
      if (length > 0) {
        for (int i = 0; i < length; i++) {
          scratch[supplementalProgram[start + i]] = i;
        }
        for (int j = from; j < to; j += 2) {
          int p = bucket[j];
          int entry = bucket[j + 1];
          int i = scratch[p];
          if (i >= 0) {
            supplementalRank[start + i] = entry - programStart[p];
          }
        }
        for (int i = 0; i < length; i++) {
          scratch[supplementalProgram[start + i]] = -1;
        }
      }
    }
  }

  private void crossIndexCoupleMember(int c, int x, int p, int r, int entry) {
    boolean first = firstMember[c] == x;
    int[] side = first ? pairFirst : pairSecond;
    int[] sideRank = first ? pairFirstRank : pairSecondRank;
    for (int k = pairStart[c], to = pairStart[c + 1]; k < to; k++) {
      if (side[k] == p) {
        sideRank[k] = r;
        if (firstPairWithProgram[entry] < 0) {
          firstPairWithProgram[entry] = k - pairStart[c];
        }
      }
    }
  }

  private static int[] minusOnes(int length) {
    int[] array = new int[length];
    Arrays.fill(array, -1);
    return array;
  }

  private static int[] byDepthDescending(int[] depth, int count) {
    int maxDepth = 0;
    for (int d : depth) {
      maxDepth = Math.max(maxDepth, d);
    }
    int[] order = new int[count];
    int next = 0;
    for (int d = maxDepth; d >= 1; d--) {
      for (int p = 0; p < depth.length; p++) {
        if (depth[p] == d) {
          order[next++] = p;
        }
      }
    }
    return order;
  }

  int partner(int applicant) {
    int c = coupleOf[applicant];
    return firstMember[c] == applicant ? secondMember[c] : firstMember[c];
  }
}
