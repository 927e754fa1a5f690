package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test helper: every stable matching of a tiny market with singles and couples (no supplemental
 * lists or reversions), by enumerating each single's list entries and each couple's pairs (or
 * unmatched) that fit in the programs' remaining positions and keeping what
 * {@link StabilityChecker} accepts.
 */
final class StableMatchings {
  private static final StabilityChecker CHECKER = new StabilityChecker();

  private StableMatchings() {
  }

  /** Per stable matching, each applicant's program or {@link MatchInstance#NONE}. */
  static List<int[]> all(MatchInstance instance) {
    List<int[]> found = new ArrayList<>();
    enumerate(instance, 0, 0, new int[instance.applicantCount()], finalCapacity(instance), found);
    return found;
  }

  private static void enumerate(MatchInstance instance, int applicant, int couple,
      int[] programOf, int[] remaining, List<int[]> found) {
    if (applicant < instance.applicantCount()) {
      if (instance.coupleOf(applicant) != NONE) {
        enumerate(instance, applicant + 1, couple, programOf, remaining, found);
        return;
      }
      int[] list = instance.applicantRankList(applicant);
      for (int i = 0; i <= list.length; i++) {
        int p = i < list.length ? list[i] : NONE;
        if (take(remaining, p, NONE)) {
          programOf[applicant] = p;
          enumerate(instance, applicant + 1, couple, programOf, remaining, found);
          release(remaining, p, NONE);
        }
      }
      return;
    }
    if (couple < instance.coupleCount()) {
      int[] pairs = instance.coupleRankList(couple);
      int first = instance.coupleMember(couple, 0);
      int second = instance.coupleMember(couple, 1);
      for (int k = 0; k <= pairs.length / 2; k++) {
        int p = k < pairs.length / 2 ? pairs[2 * k] : NONE;
        int q = k < pairs.length / 2 ? pairs[2 * k + 1] : NONE;
        if (take(remaining, p, q)) {
          programOf[first] = p;
          programOf[second] = q;
          enumerate(instance, applicant, couple + 1, programOf, remaining, found);
          release(remaining, p, q);
        }
      }
      return;
    }
    int[] noSupplemental = new int[programOf.length];
    Arrays.fill(noSupplemental, NONE);
    if (CHECKER.check(instance, programOf, noSupplemental, finalCapacity(instance)).stable()) {
      found.add(programOf.clone());
    }
  }

  private static int[] finalCapacity(MatchInstance instance) {
    int[] capacity = new int[instance.programCount()];
    for (int p = 0; p < capacity.length; p++) {
      capacity[p] = instance.capacity(p);
    }
    return capacity;
  }

  /** Takes a position at each program given (NONE: none); false, taking nothing, if one is full. */
  private static boolean take(int[] remaining, int p, int q) {
    if (p != NONE) {
      remaining[p]--;
    }
    if (q != NONE) {
      remaining[q]--;
    }
    if ((p != NONE && remaining[p] < 0) || (q != NONE && remaining[q] < 0)) {
      release(remaining, p, q);
      return false;
    }
    return true;
  }

  private static void release(int[] remaining, int p, int q) {
    if (p != NONE) {
      remaining[p]++;
    }
    if (q != NONE) {
      remaining[q]++;
    }
  }
}
