package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Test helper: every stable matching of a tiny market with singles and couples (and supplemental
 * lists; reversions see {@link #allUnderReversions}), by enumerating each single's list entries, each couple's pairs (or
 * unmatched) and, for applicants held by an advanced program, each supplemental entry (or none)
 * that fit in the programs' remaining positions and keeping what {@link StabilityChecker}
 * accepts.
 */
final class StableMatchings {
  private static final StabilityChecker CHECKER = new StabilityChecker();

  private StableMatchings() {
  }

  /** Per stable matching, each applicant's program or {@link MatchInstance#NONE}. */
  static List<int[]> all(MatchInstance instance) {
    List<int[]> found = new ArrayList<>();
    for (int[] both : allWithSupplemental(instance)) {
      found.add(Arrays.copyOf(both, instance.applicantCount()));
    }
    return found;
  }

  /**
   * Per stable matching, each applicant's program then each applicant's supplemental program
   * (2 × applicants entries, {@link MatchInstance#NONE} for none).
   */
  static List<int[]> allWithSupplemental(MatchInstance instance) {
    List<int[]> found = new ArrayList<>();
    enumerate(instance, 0, 0, new int[instance.applicantCount()], finalCapacity(instance), false,
        found);
    return found;
  }

  /**
   * As {@link #allWithSupplemental}, for markets with reversions: each assignment gets the final
   * capacities the reversion rule gives it (a program with a receiver keeps only its filled
   * positions, the rest go to the receiver, leaves of a reversion chain first) and is kept if it
   * is feasible with them and {@link StabilityChecker} finds no blocking pair with them (a program
   * with a receiver is judged by what it holds, as Roth–Peranson outcomes are).
   */
  static List<int[]> allUnderReversions(MatchInstance instance) {
    List<int[]> found = new ArrayList<>();
    enumerate(instance, 0, 0, new int[instance.applicantCount()], treeCapacity(instance), true,
        found);
    return found;
  }

  /** Per program, all positions of its reversion chain (an upper bound on what it may hold). */
  private static int[] treeCapacity(MatchInstance instance) {
    int programs = instance.programCount();
    int[] root = new int[programs];
    int[] total = new int[programs];
    for (int p = 0; p < programs; p++) {
      int r = p;
      while (instance.revertTo(r) != NONE) {
        r = instance.revertTo(r);
      }
      root[p] = r;
      total[r] += instance.capacity(p);
    }
    int[] bound = new int[programs];
    for (int p = 0; p < programs; p++) {
      bound[p] = total[root[p]];
    }
    return bound;
  }

  /**
   * Final capacities by the reversion rule (first row) and the positions each program judges
   * applicants by (second row: what it had before passing any on), or null if some program
   * holds too many.
   */
  private static int[][] reversionCapacities(MatchInstance instance, int[] programOf,
      int[] supplementalOf) {
    int programs = instance.programCount();
    int[] count = new int[programs];
    for (int a = 0; a < programOf.length; a++) {
      for (int p : new int[] {programOf[a], supplementalOf[a]}) {
        if (p != NONE) {
          count[p]++;
        }
      }
    }
    Integer[] order = new Integer[programs];
    int[] depth = new int[programs];
    for (int p = 0; p < programs; p++) {
      order[p] = p;
      for (int r = instance.revertTo(p); r != NONE; r = instance.revertTo(r)) {
        depth[p]++;
      }
    }
    Arrays.sort(order, (x, y) -> Integer.compare(depth[y], depth[x]));
    int[] available = finalCapacity(instance);
    int[] capacity = new int[programs];
    for (int p : order) {
      if (count[p] > available[p]) {
        return null;
      }
      int receiver = instance.revertTo(p);
      if (receiver == NONE) {
        capacity[p] = available[p];
      } else {
        capacity[p] = count[p];
        available[receiver] += available[p] - count[p];
      }
    }
    return new int[][] {capacity, available};
  }

  private static void enumerate(MatchInstance instance, int applicant, int couple,
      int[] programOf, int[] remaining, boolean reversions, List<int[]> found) {
    if (applicant < instance.applicantCount()) {
      if (instance.coupleOf(applicant) != NONE) {
        enumerate(instance, applicant + 1, couple, programOf, remaining, reversions, found);
        return;
      }
      int[] list = instance.applicantRankList(applicant);
      for (int i = 0; i <= list.length; i++) {
        int p = i < list.length ? list[i] : NONE;
        if (take(remaining, p, NONE)) {
          programOf[applicant] = p;
          enumerate(instance, applicant + 1, couple, programOf, remaining, reversions, found);
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
          enumerate(instance, applicant, couple + 1, programOf, remaining, reversions, found);
          release(remaining, p, q);
        }
      }
      return;
    }
    int[] supplementalOf = new int[programOf.length];
    Arrays.fill(supplementalOf, NONE);
    enumerateSupplemental(instance, 0, programOf, supplementalOf, remaining, reversions, found);
  }

  private static void enumerateSupplemental(MatchInstance instance, int applicant,
      int[] programOf, int[] supplementalOf, int[] remaining, boolean reversions,
      List<int[]> found) {
    if (applicant == programOf.length) {
      boolean stable;
      if (reversions) {
        int[][] capacities = reversionCapacities(instance, programOf, supplementalOf);
        stable = capacities != null
            && CHECKER.check(instance, programOf, supplementalOf, capacities[0]).stable();
      } else {
        stable = CHECKER.check(instance, programOf, supplementalOf, finalCapacity(instance))
            .stable();
      }
      if (stable) {
        int[] both = Arrays.copyOf(programOf, 2 * programOf.length);
        System.arraycopy(supplementalOf, 0, both, programOf.length, programOf.length);
        found.add(both);
      }
      return;
    }
    int[] list = instance.supplementalList(applicant);
    boolean advanced = programOf[applicant] != NONE
        && instance.track(programOf[applicant]) == Track.ADVANCED;
    if (!advanced || list.length == 0) {
      enumerateSupplemental(instance, applicant + 1, programOf, supplementalOf, remaining,
          reversions, found);
      return;
    }
    for (int i = 0; i <= list.length; i++) {
      int p = i < list.length ? list[i] : NONE;
      if (take(remaining, p, NONE)) {
        supplementalOf[applicant] = p;
        enumerateSupplemental(instance, applicant + 1, programOf, supplementalOf, remaining,
            reversions, found);
        supplementalOf[applicant] = NONE;
        release(remaining, p, NONE);
      }
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
