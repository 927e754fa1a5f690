package org.smartpick.engine.match;

import java.util.Arrays;

/**
 * Flat, precomputed view of a {@link MatchInstance} for {@link RothPeransonRun}: every
 * applicant-side rank list laid out in one int array per kind, each entry carrying the applicant's
 * rank on that program's list, so that every acceptance test during the Match is one array read.
 * Program lists are the instance's own arrays; the way back (where a program stands on an
 * applicant's list) is not indexed: re-entries, which are rare, scan the applicant's short list.
 *
 * <p>Built in O(E + applicants + programs) time for E rank-list entries by one counting-sort
 * transposition of the program lists (see {@link #crossIndex()}). Immutable after construction,
 * so one index serves every attempt of a {@code match}.
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

  /** Program lists (the instance's arrays, not copied), best first. */
  final int[][] programList;

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
    supplementalRank = new int[supplementalProgram.length];
    advanced = new boolean[programs];
    programList = new int[programs][];
    long programEntries = 0;
    for (int p = 0; p < programs; p++) {
      advanced[p] = instance.track(p) == Track.ADVANCED;
      programList[p] = instance.programRankList(p);
      programEntries += programList[p].length;
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
    pairFirstRank = new int[pairs];
    pairSecondRank = new int[pairs];
    crossIndex((int) programEntries);
    rankListEntries = programEntries + listStart[applicants] + supplementalStart[applicants]
        + 2L * pairs;
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
   * Copies the applicant-side lists and gives every entry its rank on the program's list: the
   * program-list entries are bucketed by applicant as (program, rank) with a counting sort (two
   * sequential passes over the program lists), then each applicant's bucket is spread into a
   * scratch array indexed by program (it stays in the first-level cache) and their own lists are
   * copied reading their ranks through it. The scratch holds bucket indices, which grow with the
   * applicant, so an index below the current bucket is stale and needs no clearing. Time
   * O(E + applicants + programs) for E rank-list entries; no hashing or sorting, and the random
   * accesses are independent of each other (no dependent chains of cache misses).
   */
  private void crossIndex(int programEntries) {
    int[] bucketStart = new int[applicants + 1];
    for (int[] list : programList) {
      for (int a : list) {
        bucketStart[a + 1]++;
      }
    }
    bucketStart[0] = 1; // bucket entry 0 answers "not ranked": rank -1
    for (int a = 0; a < applicants; a++) {
      bucketStart[a + 1] += bucketStart[a];
    }
    int[] fill = Arrays.copyOf(bucketStart, applicants);
    int[] bucket = new int[2 * (programEntries + 1)];
    bucket[1] = -1;
    for (int p = 0; p < programs; p++) {
      int[] list = programList[p];
      for (int rank = 0; rank < list.length; rank++) {
        int at = 2 * fill[list[rank]]++;
        bucket[at] = p;
        bucket[at + 1] = rank;
      }
    }
    int[] scratch = new int[programs];
    for (int x = 0; x < applicants; x++) {
      int from = bucketStart[x];
      for (int j = from; j < bucketStart[x + 1]; j++) {
        scratch[bucket[2 * j]] = j;
      }
      int[] list = instance.applicantRankList(x);
      for (int i = 0, e = 2 * listStart[x]; i < list.length; i++, e += 2) {
        listEntry[e] = list[i];
        listEntry[e + 1] = rank(bucket, scratch, from, list[i]);
      }
      int[] supplementalList = instance.supplementalList(x);
      for (int i = 0, e = supplementalStart[x]; i < supplementalList.length; i++, e++) {
        supplementalProgram[e] = supplementalList[i];
        supplementalRank[e] = rank(bucket, scratch, from, supplementalList[i]);
      }
      int c = coupleOf[x];
      if (c != MatchInstance.NONE) {
        boolean first = firstMember[c] == x;
        int[] side = first ? pairFirst : pairSecond;
        int[] sideRank = first ? pairFirstRank : pairSecondRank;
        for (int k = pairStart[c]; k < pairStart[c + 1]; k++) {
          sideRank[k] = side[k] == MatchInstance.NONE ? -1 : rank(bucket, scratch, from, side[k]);
        }
      }
    }
  }

  /** The rank at {@code program} of the applicant whose bucket starts at {@code from}, or -1. */
  private static int rank(int[] bucket, int[] scratch, int from, int program) {
    int j = scratch[program];
    return bucket[2 * (j >= from ? j : 0) + 1];
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
