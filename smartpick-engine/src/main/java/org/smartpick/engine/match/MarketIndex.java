package org.smartpick.engine.match;

/**
 * Flat, precomputed view of a {@link MatchInstance} for {@link RothPeransonRun}: every rank list
 * laid out in one int array per kind, each applicant-side entry carrying its rank on the program's
 * list and each program-side entry carrying the program's position on the applicant's lists, so
 * that every comparison during the Match is one array read.
 *
 * <p>Built in O(total rank-list entries + programs + applicants) time. Immutable after
 * construction, so one index may serve several attempts.
 */
final class MarketIndex {
  final MatchInstance instance;
  final int applicants;
  final int programs;
  final int couples;

  /** Primary lists of single applicants: entries {@code [listStart[a], listStart[a+1])}. */
  final int[] listStart;
  final int[] listProgram;
  /** Rank of the applicant on the entry's program list, or -1 if the program does not rank them. */
  final int[] listRank;

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
  /** Per program entry: the program's index on the applicant's supplemental list, or -1. */
  final int[] positionOnSupplemental;
  /** Per program entry of a couple member: first pair index with this program on their side, or -1. */
  final int[] firstPairWithProgram;

  final boolean[] advanced;
  final int[] coupleOf;
  /** Slots each program may ever need: its positions, all positions that can revert to it, plus one. */
  final int[] room;
  /** Programs with a reversion receiver, each listed before any program its positions pass through. */
  final int[] reversionOrder;

  MarketIndex(MatchInstance instance) {
    this.instance = instance;
    applicants = instance.applicantCount();
    programs = instance.programCount();
    couples = instance.coupleCount();

    int[][] primaryLists = new int[applicants][];
    int[][] supplementalLists = new int[applicants][];
    coupleOf = new int[applicants];
    for (int a = 0; a < applicants; a++) {
      primaryLists[a] = instance.applicantRankList(a);
      supplementalLists[a] = instance.supplementalList(a);
      coupleOf[a] = instance.coupleOf(a);
    }
    int[][] programLists = new int[programs][];
    advanced = new boolean[programs];
    for (int p = 0; p < programs; p++) {
      programLists[p] = instance.programRankList(p);
      advanced[p] = instance.track(p) == Track.ADVANCED;
    }

    listStart = starts(primaryLists);
    listProgram = concat(primaryLists, listStart);
    listRank = PositionIndex.firstPositions(programLists, applicants, listProgram,
        ownersOf(listStart));

    supplementalStart = starts(supplementalLists);
    supplementalProgram = concat(supplementalLists, supplementalStart);
    supplementalRank = PositionIndex.firstPositions(programLists, applicants,
        supplementalProgram, ownersOf(supplementalStart));

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
    int[] firstOwner = new int[pairs];
    int[] secondOwner = new int[pairs];
    int[][] sideLists = new int[applicants][];
    for (int a = 0; a < applicants; a++) {
      sideLists[a] = new int[0];
    }
    for (int c = 0; c < couples; c++) {
      int[] list = instance.coupleRankList(c);
      int count = list.length / 2;
      int[] firstSide = new int[count];
      int[] secondSide = new int[count];
      for (int k = 0; k < count; k++) {
        int at = pairStart[c] + k;
        pairFirst[at] = firstSide[k] = list[2 * k];
        pairSecond[at] = secondSide[k] = list[2 * k + 1];
        firstOwner[at] = firstMember[c];
        secondOwner[at] = secondMember[c];
      }
      sideLists[firstMember[c]] = firstSide;
      sideLists[secondMember[c]] = secondSide;
    }
    pairFirstRank = PositionIndex.firstPositions(programLists, applicants, pairFirst, firstOwner);
    pairSecondRank = PositionIndex.firstPositions(programLists, applicants, pairSecond, secondOwner);

    programStart = starts(programLists);
    programApplicant = concat(programLists, programStart);
    int[] programOwner = ownersOf(programStart);
    positionOnPrimary = PositionIndex.firstPositions(primaryLists, programs, programApplicant,
        programOwner);
    positionOnSupplemental = PositionIndex.firstPositions(supplementalLists, programs,
        programApplicant, programOwner);
    firstPairWithProgram = PositionIndex.firstPositions(sideLists, programs, programApplicant,
        programOwner);

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

  private static int[] starts(int[][] lists) {
    int[] start = new int[lists.length + 1];
    for (int i = 0; i < lists.length; i++) {
      start[i + 1] = start[i] + lists[i].length;
    }
    return start;
  }

  private static int[] concat(int[][] lists, int[] start) {
    int[] flat = new int[start[lists.length]];
    for (int i = 0; i < lists.length; i++) {
      System.arraycopy(lists[i], 0, flat, start[i], lists[i].length);
    }
    return flat;
  }

  /** For each flat entry, the index of the list it belongs to. */
  private static int[] ownersOf(int[] start) {
    int owners = start.length - 1;
    int[] owner = new int[start[owners]];
    for (int o = 0; o < owners; o++) {
      for (int e = start[o]; e < start[o + 1]; e++) {
        owner[e] = o;
      }
    }
    return owner;
  }

  int partner(int applicant) {
    int c = coupleOf[applicant];
    return firstMember[c] == applicant ? secondMember[c] : firstMember[c];
  }
}
