package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.ArrayList;
import java.util.List;

/**
 * Test oracle: the blocking-pair definitions of {@link StabilityChecker}'s Javadoc written as
 * plainly as possible (linear searches, no precomputation), to cross-check the checker.
 */
final class NaiveStability {
  private final MatchInstance instance;
  private final int[] programOf;
  private final int[] supplementalOf;
  private final int[] capacity;

  NaiveStability(MatchInstance instance, int[] programOf, int[] supplementalOf, int[] capacity) {
    this.instance = instance;
    this.programOf = programOf;
    this.supplementalOf = supplementalOf;
    this.capacity = capacity;
  }

  private int rank(int program, int applicant) {
    int[] list = instance.programRankList(program);
    for (int r = 0; r < list.length; r++) {
      if (list[r] == applicant) {
        return r;
      }
    }
    return -1;
  }

  private boolean holds(int program, int applicant) {
    return programOf[applicant] == program || supplementalOf[applicant] == program;
  }

  /** Whether the program takes the applicant: it holds them, or fewer holders rank above them. */
  boolean accepts(int program, int applicant) {
    if (rank(program, applicant) < 0) {
      return false;
    }
    return holds(program, applicant)
        || holdersAbove(program, rank(program, applicant), List.of()) < capacity[program];
  }

  /** Whether the program keeps both members among its top positions (same program both sides). */
  boolean acceptsBoth(int program, int first, int second) {
    if (rank(program, first) < 0 || rank(program, second) < 0) {
      return false;
    }
    int worse = Math.max(rank(program, first), rank(program, second));
    return holdersAbove(program, worse, List.of(first, second)) + 2 <= capacity[program];
  }

  private int holdersAbove(int program, int rank, List<Integer> excluded) {
    int count = 0;
    for (int h = 0; h < programOf.length; h++) {
      if (excluded.contains(h)) {
        continue;
      }
      int seats = (programOf[h] == program ? 1 : 0) + (supplementalOf[h] == program ? 1 : 0);
      if (seats > 0 && rank(program, h) < rank) {
        count += seats;
      }
    }
    return count;
  }

  boolean feasible() {
    int[] count = new int[capacity.length];
    for (int a = 0; a < programOf.length; a++) {
      for (int p : new int[] {programOf[a], supplementalOf[a]}) {
        if (p != NONE) {
          count[p]++;
          if (rank(p, a) < 0) {
            return false;
          }
        }
      }
    }
    for (int p = 0; p < count.length; p++) {
      if (count[p] > capacity[p]) {
        return false;
      }
    }
    return true;
  }

  List<BlockingPair> blockingPairs() {
    List<BlockingPair> result = new ArrayList<>();
    for (int a = 0; a < programOf.length; a++) {
      if (instance.coupleOf(a) == NONE) {
        int[] list = instance.applicantRankList(a);
        for (int i = 0; i < list.length && list[i] != programOf[a]; i++) {
          if (accepts(list[i], a)) {
            result.add(BlockingPair.single(a, list[i]));
          }
        }
      }
      if (programOf[a] != NONE && instance.track(programOf[a]) == Track.ADVANCED) {
        int[] list = instance.supplementalList(a);
        for (int i = 0; i < list.length && list[i] != supplementalOf[a]; i++) {
          if (accepts(list[i], a)) {
            result.add(BlockingPair.single(a, list[i]));
          }
        }
      }
    }
    for (int c = 0; c < instance.coupleCount(); c++) {
      int first = instance.coupleMember(c, 0);
      int second = instance.coupleMember(c, 1);
      int[] pairs = instance.coupleRankList(c);
      for (int k = 0; k < pairs.length / 2; k++) {
        int p = pairs[2 * k];
        int q = pairs[2 * k + 1];
        if (p == programOf[first] && q == programOf[second]) {
          break;
        }
        boolean blocks;
        if (p != NONE && p == q) {
          blocks = acceptsBoth(p, first, second);
        } else {
          blocks = (p == NONE || accepts(p, first)) && (q == NONE || accepts(q, second));
        }
        if (blocks) {
          result.add(BlockingPair.couple(c, p, q));
        }
      }
    }
    return result;
  }
}
