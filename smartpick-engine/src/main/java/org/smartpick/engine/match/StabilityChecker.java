package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Independent verifier of a matching: lists every blocking pair and every feasibility violation.
 * It shares no code with the matchers (its rank look-ups come from its own pass over the program
 * lists, see below).
 *
 * <p><b>Feasibility.</b> Every program holds at most its final (post-reversion) capacity; total
 * positions equal the instance's and only programs with a reversion receiver lose positions; a
 * single is matched only to a program on their list that ranks them; a couple's two programs form
 * a pair on its list (or both are unmatched) and each program ranks its member; a supplemental
 * match is a program on the applicant's supplemental list that ranks them, held only while their
 * primary match is an advanced program.
 *
 * <p><b>Acceptance.</b> A program <i>p</i> with final capacity <i>q</i> would accept applicant
 * <i>m</i> if it ranks <i>m</i> and either already holds <i>m</i>, or fewer than <i>q</i> of its
 * current holders are ranked above <i>m</i> (a free seat, or a holder it ranks lower). When a
 * couple asks for <i>p</i> on both sides, both members must be among the <i>q</i> it would keep:
 * fewer than <i>q − 1</i> holders other than the two members are ranked above the worse member. A
 * partner's seat at another program is not treated as vacated for the other member.
 *
 * <p><b>Blocking pairs.</b>
 * <ul>
 *   <li>Single applicant and program (Gale and Shapley 1962; Roth and Peranson, AER 1999): the
 *       applicant ranks the program above their match (or is unmatched) and it would accept them.
 *   </li>
 *   <li>Supplemental: an applicant whose primary match is an advanced program, and a program on
 *       their supplemental list ranked above their supplemental match (or they have none) that
 *       would accept them; reported as a single blocking pair.</li>
 *   <li>Couple and pair (Roth 1984; B. Klaus and F. Klijn, "Stable matchings and preferences of
 *       couples", J. Economic Theory 121, 2005, 75–106): the couple ranks the pair above its
 *       current pair (or is unmatched) and each program of the pair would accept its member;
 *       a "no match" side always accepts.</li>
 * </ul>
 * Running time O(E + C) for E rank-list entries, where C is the length of the program lists
 * scanned for couples' pairs above their match (at most the couples' pairs times the longest
 * program list); a couple's same-program check adds O(log capacity). Stateless and thread-safe.
 */
public final class StabilityChecker {

  /** Checks a matcher's result, including that its filled counts agree with its assignments. */
  public StabilityReport check(MatchInstance instance, MatchResult result) {
    int applicants = result.applicantCount();
    int programs = result.programCount();
    if (applicants != instance.applicantCount() || programs != instance.programCount()) {
      throw new IllegalArgumentException("result has " + applicants + " applicants and " + programs
          + " programs, instance has " + instance.applicantCount() + " and "
          + instance.programCount());
    }
    int[] programOf = new int[applicants];
    int[] supplementalOf = new int[applicants];
    for (int a = 0; a < applicants; a++) {
      programOf[a] = result.programOf(a);
      supplementalOf[a] = result.supplementalProgramOf(a);
    }
    int[] capacity = new int[programs];
    for (int p = 0; p < programs; p++) {
      capacity[p] = result.finalCapacity(p);
    }
    StabilityReport report = check(instance, programOf, supplementalOf, capacity);
    List<String> violations = new ArrayList<>(report.violations());
    int[] counted = new int[programs];
    for (int a = 0; a < applicants; a++) {
      countIfValid(counted, programOf[a]);
      countIfValid(counted, supplementalOf[a]);
    }
    for (int p = 0; p < programs; p++) {
      if (counted[p] != result.filled(p)) {
        violations.add("program '" + instance.programId(p) + "': result says " + result.filled(p)
            + " filled, assignments give " + counted[p]);
      }
    }
    return new StabilityReport(report.blockingPairs(), violations);
  }

  private static void countIfValid(int[] counted, int program) {
    if (program >= 0 && program < counted.length) {
      counted[program]++;
    }
  }

  /**
   * Checks a matching given per applicant its primary program and supplemental program (or
   * {@link MatchInstance#NONE}) and per program its final capacity.
   */
  public StabilityReport check(MatchInstance instance, int[] programOf, int[] supplementalOf,
      int[] finalCapacity) {
    if (programOf.length != instance.applicantCount()
        || supplementalOf.length != instance.applicantCount()
        || finalCapacity.length != instance.programCount()) {
      throw new IllegalArgumentException("matching arrays do not fit the instance: "
          + programOf.length + "/" + supplementalOf.length + " applicants and "
          + finalCapacity.length + " programs for " + instance);
    }
    return new Verification(instance, programOf.clone(), supplementalOf.clone(), finalCapacity)
        .run();
  }

  /**
   * The state of one check. One pass over each program's list, best first, stops once all its
   * holders are found: it gives their ranks in ascending order, hence the program's acceptance
   * threshold (the rank of its <i>q</i>-th holder for final capacity <i>q</i>: it accepts an
   * applicant it does not hold iff they are ranked above that). The list prefixes before the
   * thresholds are then bucketed by applicant (a counting sort), so an applicant blocks with a
   * program above their match iff it is in their bucket or holds them: one read per program once
   * the bucket is marked in a per-program array. No hashing, no sorting; O(E) for singles.
   */
  private static final class Verification {
    private final MatchInstance instance;
    private final int[] programOf;
    private final int[] supplementalOf;
    private final int[] capacity;
    /** Per program: ranked holders' ranks ascending, {@code heldRank[heldStart[p] ..+heldCount[p]]}. */
    private int[] heldStart;
    private int[] heldCount;
    private int[] heldRank;
    /** Per program: accepts an applicant it does not hold iff their rank is below this. */
    private int[] threshold;
    /** Rank of the applicant at their primary / supplemental program, or -1 if unranked. */
    private int[] primaryRank;
    private int[] supplementalRank;
    /**
     * Per applicant: the programs ranking them before their threshold, i.e. that would accept them
     * without holding them, {@code acceptedBy[acceptedStart[a] .. acceptedStart[a+1])}.
     */
    private int[] acceptedStart;
    private int[] acceptedBy;
    /** Per program: 1 + the applicant whose bucket was marked last (0: none). */
    private int[] marked;
    private final List<String> violations = new ArrayList<>();
    private final List<BlockingPair> blocking = new ArrayList<>();

    Verification(MatchInstance instance, int[] programOf, int[] supplementalOf, int[] capacity) {
      this.instance = instance;
      this.programOf = programOf;
      this.supplementalOf = supplementalOf;
      this.capacity = capacity;
    }

    StabilityReport run() {
      checkIndices();
      checkCapacities();
      rankHolders();
      bucketAcceptingPrograms();
      for (int a = 0; a < instance.applicantCount(); a++) {
        for (int j = acceptedStart[a]; j < acceptedStart[a + 1]; j++) {
          marked[acceptedBy[j]] = a + 1;
        }
        if (instance.coupleOf(a) == NONE) {
          checkSingle(a);
        }
        checkSupplemental(a);
      }
      for (int c = 0; c < instance.coupleCount(); c++) {
        checkCouple(c);
      }
      return new StabilityReport(blocking, violations);
    }

    /** Holders' ranks per program and the acceptance thresholds (see the class comment). */
    private void rankHolders() {
      int applicants = programOf.length;
      int programs = capacity.length;
      heldStart = new int[programs + 1];
      int[] holders = new int[programs];
      for (int a = 0; a < applicants; a++) {
        countHolder(holders, programOf[a]);
        countHolder(holders, supplementalOf[a]);
      }
      for (int p = 0; p < programs; p++) {
        heldStart[p + 1] = heldStart[p] + holders[p];
        if (holders[p] > capacity[p]) {
          violations.add("program " + program(p) + ": holds " + holders[p] + " applicants, final "
              + "capacity is " + capacity[p]);
        }
      }
      heldRank = new int[heldStart[programs]];
      heldCount = new int[programs];
      primaryRank = new int[applicants];
      supplementalRank = new int[applicants];
      Arrays.fill(primaryRank, -1);
      Arrays.fill(supplementalRank, -1);
      threshold = new int[programs];
      for (int p = 0; p < programs; p++) {
        int[] list = instance.programRankList(p);
        int at = heldStart[p];
        for (int r = 0; r < list.length && at < heldStart[p + 1]; r++) {
          int x = list[r];
          if (programOf[x] == p) {
            primaryRank[x] = r;
            heldRank[at++] = r;
          }
          if (supplementalOf[x] == p) {
            supplementalRank[x] = r;
            heldRank[at++] = r;
          }
        }
        heldCount[p] = at - heldStart[p];
        int q = capacity[p];
        threshold[p] = q <= 0 ? -1
            : heldCount[p] < q ? Integer.MAX_VALUE : heldRank[heldStart[p] + q - 1];
      }
    }

    /** Buckets each program's list prefix before its threshold by applicant (counting sort). */
    private void bucketAcceptingPrograms() {
      int applicants = programOf.length;
      int programs = capacity.length;
      acceptedStart = new int[applicants + 1];
      for (int p = 0; p < programs; p++) {
        int[] list = instance.programRankList(p);
        for (int r = 0, end = Math.min(threshold[p], list.length); r < end; r++) {
          acceptedStart[list[r] + 1]++;
        }
      }
      for (int a = 0; a < applicants; a++) {
        acceptedStart[a + 1] += acceptedStart[a];
      }
      int[] fill = Arrays.copyOf(acceptedStart, applicants);
      acceptedBy = new int[acceptedStart[applicants]];
      for (int p = 0; p < programs; p++) {
        int[] list = instance.programRankList(p);
        for (int r = 0, end = Math.min(threshold[p], list.length); r < end; r++) {
          acceptedBy[fill[list[r]]++] = p;
        }
      }
      marked = new int[programs];
    }

    /**
     * Whether the program would accept the applicant, whose bucket is marked: it ranks them before
     * its threshold, or holds them and ranks them.
     */
    private boolean wouldAccept(int program, int applicant) {
      return marked[program] == applicant + 1
          || programOf[applicant] == program && primaryRank[applicant] >= 0
          || supplementalOf[applicant] == program && supplementalRank[applicant] >= 0;
    }

    /** Rank of the applicant on the program's list, or -1. */
    private int rank(int program, int applicant) {
      int[] list = instance.programRankList(program);
      for (int r = 0; r < list.length; r++) {
        if (list[r] == applicant) {
          return r;
        }
      }
      return -1;
    }

    private static void countHolder(int[] count, int program) {
      if (program != NONE) {
        count[program]++;
      }
    }

    private String applicant(int a) {
      return "applicant '" + instance.applicantId(a) + "'";
    }

    private String program(int p) {
      return "'" + instance.programId(p) + "'";
    }

    private void checkIndices() {
      for (int a = 0; a < programOf.length; a++) {
        if (programOf[a] != NONE && (programOf[a] < 0 || programOf[a] >= capacity.length)) {
          violations.add(applicant(a) + ": matched to unknown program index " + programOf[a]);
          programOf[a] = NONE;
        }
        if (supplementalOf[a] != NONE
            && (supplementalOf[a] < 0 || supplementalOf[a] >= capacity.length)) {
          violations.add(applicant(a) + ": supplemental match to unknown program index "
              + supplementalOf[a]);
          supplementalOf[a] = NONE;
        }
      }
    }

    private void checkCapacities() {
      long original = 0;
      long total = 0;
      for (int p = 0; p < capacity.length; p++) {
        original += instance.capacity(p);
        total += capacity[p];
        if (capacity[p] < 0) {
          violations.add("program " + program(p) + ": final capacity " + capacity[p] + " is negative");
        }
        if (capacity[p] < instance.capacity(p) && instance.revertTo(p) == NONE) {
          violations.add("program " + program(p) + ": final capacity " + capacity[p]
              + " is below its " + instance.capacity(p) + " positions but it has no reversion");
        }
      }
      if (original != total) {
        violations.add("final capacities add up to " + total + " positions, the instance offers "
            + original);
      }
    }


    /** Holders of the program ranked strictly above {@code rank}. */
    private int holdersAbove(int program, int rank) {
      int from = heldStart[program];
      int lo = from;
      int hi = from + heldCount[program];
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (heldRank[mid] < rank) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo - from;
    }

    private boolean holds(int program, int applicant) {
      return programOf[applicant] == program || supplementalOf[applicant] == program;
    }

    /** Whether the program would accept the applicant at {@code rank} (see class Javadoc). */
    private boolean accepts(int program, int applicant, int rank) {
      return rank < threshold[program] || holds(program, applicant);
    }

    /**
     * Whether the program would hold both members of a couple at once (same program on both
     * sides): counting its holders other than the two members, fewer than {@code capacity - 1}
     * are ranked above the worse member. A member it already holds keeps that seat.
     */
    private boolean acceptsBoth(int program, int first, int firstRank, int second, int secondRank) {
      int worse = Math.max(firstRank, secondRank);
      int others = holdersAbove(program, worse);
      if (holds(program, first) && firstRank < worse) {
        others--;
      }
      if (holds(program, second) && secondRank < worse) {
        others--;
      }
      return others + 1 < capacity[program];
    }

    private static int indexOf(int[] list, int program) {
      for (int i = 0; i < list.length; i++) {
        if (list[i] == program) {
          return i;
        }
      }
      return -1;
    }

    private void checkSingle(int a) {
      int[] list = instance.applicantRankList(a);
      int matched = programOf[a];
      int position = list.length;
      if (matched != NONE) {
        position = indexOf(list, matched);
        if (position < 0) {
          violations.add(applicant(a) + ": matched to " + program(matched)
              + ", which is not on their rank list");
          position = list.length;
        } else if (primaryRank[a] < 0) {
          violations.add(applicant(a) + ": matched to " + program(matched)
              + ", which does not rank them");
        }
      }
      for (int i = 0; i < position; i++) {
        if (wouldAccept(list[i], a)) {
          blocking.add(BlockingPair.single(a, list[i]));
        }
      }
    }

    private void checkSupplemental(int a) {
      int[] list = instance.supplementalList(a);
      int matched = supplementalOf[a];
      boolean advanced = programOf[a] != NONE && instance.track(programOf[a]) == Track.ADVANCED;
      int position = list.length;
      if (matched != NONE) {
        position = indexOf(list, matched);
        if (!advanced) {
          violations.add(applicant(a) + ": supplemental match to " + program(matched)
              + " without a primary match to an advanced program");
        }
        if (position < 0) {
          violations.add(applicant(a) + ": supplemental match to " + program(matched)
              + ", which is not on their supplemental list");
          position = list.length;
        } else if (supplementalRank[a] < 0) {
          violations.add(applicant(a) + ": supplemental match to " + program(matched)
              + ", which does not rank them");
        }
      }
      if (!advanced) {
        return;
      }
      for (int i = 0; i < position; i++) {
        if (wouldAccept(list[i], a)) {
          blocking.add(BlockingPair.single(a, list[i]));
        }
      }
    }

    private void checkCouple(int c) {
      int first = instance.coupleMember(c, 0);
      int second = instance.coupleMember(c, 1);
      int[] pairs = instance.coupleRankList(c);
      int count = pairs.length / 2;
      int current = count;
      if (programOf[first] != NONE || programOf[second] != NONE) {
        current = pairIndex(pairs, programOf[first], programOf[second]);
        if (current < 0) {
          violations.add("couple '" + instance.coupleId(c) + "': matched to ("
              + name(programOf[first]) + ", " + name(programOf[second])
              + "), which is not a pair on its rank list");
          current = count;
        } else {
          requireRanked(programOf[first], first);
          requireRanked(programOf[second], second);
        }
      }
      for (int k = 0; k < current; k++) {
        if (pairWouldAccept(pairs[2 * k], first, pairs[2 * k + 1], second)) {
          blocking.add(BlockingPair.couple(c, pairs[2 * k], pairs[2 * k + 1]));
        }
      }
    }

    private boolean pairWouldAccept(int p, int first, int q, int second) {
      int rp = p == NONE ? 0 : rank(p, first);
      int rq = q == NONE ? 0 : rank(q, second);
      if (rp < 0 || rq < 0) {
        return false;
      }
      if (p != NONE && p == q) {
        return acceptsBoth(p, first, rp, second, rq);
      }
      return (p == NONE || accepts(p, first, rp)) && (q == NONE || accepts(q, second, rq));
    }

    private void requireRanked(int program, int member) {
      if (program != NONE && primaryRank[member] < 0) {
        violations.add(applicant(member) + ": matched to " + program(program)
            + ", which does not rank them");
      }
    }

    private static int pairIndex(int[] pairs, int p, int q) {
      for (int k = 0; k < pairs.length / 2; k++) {
        if (pairs[2 * k] == p && pairs[2 * k + 1] == q) {
          return k;
        }
      }
      return -1;
    }

    private String name(int program) {
      return program == NONE ? "no match" : program(program);
    }
  }
}
