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

  /** Whether the program takes all {@code incoming} applicants once {@code movers} leave it. */
  boolean accepts(int program, List<Integer> incoming, List<Integer> movers) {
    int worst = -1;
    for (int a : incoming) {
      if (rank(program, a) < 0) {
        return false;
      }
      worst = Math.max(worst, rank(program, a));
    }
    int better = 0;
    for (int h = 0; h < programOf.length; h++) {
      if (movers.contains(h)) {
        continue;
      }
      int seats = (programOf[h] == program ? 1 : 0) + (supplementalOf[h] == program ? 1 : 0);
      int r = rank(program, h);
      if (seats > 0 && (r < 0 || r < worst)) {
        better += seats;
      }
    }
    return better + incoming.size() <= capacity[program];
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
          if (accepts(list[i], List.of(a), List.of(a))) {
            result.add(BlockingPair.single(a, list[i]));
          }
        }
      }
      if (programOf[a] != NONE && instance.track(programOf[a]) == Track.ADVANCED) {
        int[] list = instance.supplementalList(a);
        for (int i = 0; i < list.length && list[i] != supplementalOf[a]; i++) {
          if (accepts(list[i], List.of(a), List.of(a))) {
            result.add(BlockingPair.single(a, list[i]));
          }
        }
      }
    }
    for (int c = 0; c < instance.coupleCount(); c++) {
      int first = instance.coupleMember(c, 0);
      int second = instance.coupleMember(c, 1);
      int[] pairs = instance.coupleRankList(c);
      List<Integer> members = List.of(first, second);
      for (int k = 0; k < pairs.length / 2; k++) {
        int p = pairs[2 * k];
        int q = pairs[2 * k + 1];
        if (p == programOf[first] && q == programOf[second]) {
          break;
        }
        boolean blocks;
        if (p != NONE && p == q) {
          blocks = accepts(p, members, members);
        } else {
          blocks = (p == NONE || accepts(p, List.of(first), members))
              && (q == NONE || accepts(q, List.of(second), members));
        }
        if (blocks) {
          result.add(BlockingPair.couple(c, p, q));
        }
      }
    }
    return result;
  }
}
