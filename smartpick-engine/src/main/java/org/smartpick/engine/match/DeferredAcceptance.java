package org.smartpick.engine.match;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Plain applicant-proposing deferred acceptance for the hospitals/residents problem (D. Gale and
 * L. S. Shapley, "College Admissions and the Stability of Marriage", American Mathematical
 * Monthly 69, 1962, 9–15): each free applicant proposes to the next program on their list; the
 * program keeps the best applicants it ranks up to its capacity and rejects the rest. The result
 * is the applicant-optimal stable matching.
 *
 * <p>Written as a simple, obviously correct reference for cross-checks (maps and priority queues,
 * no shared code with {@link RothPeransonMatcher}). Accepts single applicants only: instances with
 * couples, supplemental lists or reversions are rejected with an {@link IllegalArgumentException}
 * naming the feature. Running time O(E log C) for E rank-list entries and largest capacity C.
 * Stateless and thread-safe.
 */
public final class DeferredAcceptance implements Matcher {
  private final StabilityChecker checker = new StabilityChecker();

  @Override
  public MatchResult match(MatchInstance instance) {
    rejectUnsupported(instance);
    int applicants = instance.applicantCount();
    int programs = instance.programCount();
    List<Map<Integer, Integer>> rankAt = new ArrayList<>();
    List<PriorityQueue<Integer>> holding = new ArrayList<>();
    for (int p = 0; p < programs; p++) {
      Map<Integer, Integer> ranks = new HashMap<>();
      int[] list = instance.programRankList(p);
      for (int r = 0; r < list.length; r++) {
        ranks.put(list[r], r);
      }
      rankAt.add(ranks);
      Comparator<Integer> worstFirst = Comparator.comparing(ranks::get);
      holding.add(new PriorityQueue<>(worstFirst.reversed()));
    }
    int[] next = new int[applicants];
    int[] programOf = new int[applicants];
    Arrays.fill(programOf, MatchInstance.NONE);
    Deque<Integer> free = new ArrayDeque<>();
    for (int a = 0; a < applicants; a++) {
      free.add(a);
    }
    long proposals = 0;
    long displacements = 0;
    while (!free.isEmpty()) {
      int a = free.poll();
      int[] list = instance.applicantRankList(a);
      while (next[a] < list.length && programOf[a] == MatchInstance.NONE) {
        int p = list[next[a]++];
        proposals++;
        if (!rankAt.get(p).containsKey(a) || instance.capacity(p) == 0) {
          continue;
        }
        PriorityQueue<Integer> held = holding.get(p);
        held.add(a);
        programOf[a] = p;
        if (held.size() > instance.capacity(p)) {
          int rejected = held.poll();
          programOf[rejected] = MatchInstance.NONE;
          if (rejected != a) {
            displacements++;
            free.add(rejected);
          }
        }
      }
    }
    int[] matchedRank = new int[applicants];
    int[] filled = new int[programs];
    int[] capacity = new int[programs];
    for (int p = 0; p < programs; p++) {
      capacity[p] = instance.capacity(p);
      filled[p] = holding.get(p).size();
    }
    for (int a = 0; a < applicants; a++) {
      matchedRank[a] = programOf[a] == MatchInstance.NONE ? 0 : next[a];
    }
    int[] noSupplemental = new int[applicants];
    Arrays.fill(noSupplemental, MatchInstance.NONE);
    List<BlockingPair> blocking = checker.check(instance, programOf, noSupplemental, capacity)
        .blockingPairs();
    return new MatchResult(programOf, noSupplemental, matchedRank, capacity, filled, proposals,
        displacements, 0, blocking);
  }

  private static void rejectUnsupported(MatchInstance instance) {
    if (instance.coupleCount() > 0) {
      throw new IllegalArgumentException("DeferredAcceptance does not support couples: the "
          + "instance has " + instance.coupleCount() + "; use RothPeransonMatcher");
    }
    for (int a = 0; a < instance.applicantCount(); a++) {
      if (instance.supplementalList(a).length > 0) {
        throw new IllegalArgumentException("DeferredAcceptance does not support supplemental "
            + "lists: applicant '" + instance.applicantId(a) + "' has one; use RothPeransonMatcher");
      }
    }
    for (int p = 0; p < instance.programCount(); p++) {
      if (instance.revertTo(p) != MatchInstance.NONE) {
        throw new IllegalArgumentException("DeferredAcceptance does not support reversions: "
            + "program '" + instance.programId(p) + "' reverts to '"
            + instance.programId(instance.revertTo(p)) + "'; use RothPeransonMatcher");
      }
    }
  }

  @Override
  public String toString() {
    return "DeferredAcceptance";
  }
}
