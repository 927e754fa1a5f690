package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.Arrays;

/**
 * One attempt of the Roth–Peranson applicant-proposing algorithm on a {@link MarketIndex}: all
 * per-run state lives here, allocated once in the constructor, so the proposal loop allocates
 * nothing.
 *
 * <p>Agents wait on the applicant stack: single applicants (primary lists), couples (pair lists)
 * and supplemental agents (an applicant held by an advanced program working down their PGY-1
 * list). A program whose seat is freed by a withdrawal goes on the program stack; when the
 * applicant stack is empty it is re-checked for applicants it rejected earlier who prefer it to
 * where they are now, and those re-enter at that program (Roth and Peranson 1999, section III).
 * Singles enter first, then couples one at a time in the given order; finally unfilled positions
 * revert to their receivers until nothing changes. A re-entered single or couple keeps its place
 * until a better one accepts it. An agent displaced from the same list entry more than the
 * configured limit is caught in a cycle: it is frozen (no longer re-entered), which breaks the
 * cycle, and the attempt is flagged; exceeding the proposal bound stops the attempt where it is.
 * Not thread-safe; used by one {@code match} call.
 */
final class RothPeransonRun {
  private final MarketIndex ix;
  private final HeldSets held;
  private final int displacementLimit;
  private final long stepLimit;

  private final int[] primary;
  private final int[] primaryRank;
  private final int[] pointer;
  private final int[] supplemental;
  private final int[] supplementalRank;
  private final int[] supplementalPointer;
  private final int[] couplePointer;
  private final boolean[] coupleMatched;
  /** Per held single / matched couple: first entry to try when looking for a better place. */
  private final int[] improveFrom;
  private final int[] coupleImproveFrom;
  private final int[] displacedAt;
  private final int[] supplementalDisplacedAt;
  private final int[] coupleDisplacedAt;

  private final int[] agentStack;
  private final boolean[] agentQueued;
  /** Agents caught in a cycle: they keep their place but are no longer re-entered. */
  private final boolean[] frozen;
  private int agentTop;
  private final int[] programStack;
  private final boolean[] programQueued;
  private int programTop;

  private final int coupleAgents;
  private final int supplementalAgents;
  private long steps;
  private long proposals;
  private long displacements;
  /** The step bound was exceeded: the attempt stops where it is. */
  private boolean cycling;
  /** Some agent was displaced from the same entry too often and was frozen. */
  private boolean cycleDetected;

  RothPeransonRun(MarketIndex ix, RothPeransonOptions options) {
    this.ix = ix;
    int[] capacity = new int[ix.programs];
    for (int p = 0; p < ix.programs; p++) {
      capacity[p] = ix.instance.capacity(p);
    }
    held = new HeldSets(capacity, ix.room);
    displacementLimit = options.repeatedDisplacementLimit();
    stepLimit = (long) options.stepsPerRankListEntry()
        * (ix.instance.rankListEntries() + ix.applicants + ix.couples + 1);

    primary = filled(ix.applicants, NONE);
    primaryRank = new int[ix.applicants];
    pointer = Arrays.copyOf(ix.listStart, ix.applicants);
    supplemental = filled(ix.applicants, NONE);
    supplementalRank = new int[ix.applicants];
    supplementalPointer = Arrays.copyOf(ix.supplementalStart, ix.applicants);
    couplePointer = Arrays.copyOf(ix.pairStart, ix.couples);
    coupleMatched = new boolean[ix.couples];
    improveFrom = new int[ix.applicants];
    coupleImproveFrom = new int[ix.couples];
    displacedAt = new int[ix.listProgram.length];
    supplementalDisplacedAt = new int[ix.supplementalProgram.length];
    coupleDisplacedAt = new int[ix.pairFirst.length];

    coupleAgents = ix.applicants;
    supplementalAgents = ix.applicants + ix.couples;
    int agents = 2 * ix.applicants + ix.couples;
    agentStack = new int[agents];
    agentQueued = new boolean[agents];
    frozen = new boolean[agents];
    programStack = new int[ix.programs];
    programQueued = new boolean[ix.programs];
  }

  private static int[] filled(int length, int value) {
    int[] array = new int[length];
    Arrays.fill(array, value);
    return array;
  }

  /** Runs singles, then the couples in {@code coupleOrder}, then reversions. */
  RothPeransonAttempt run(int[] coupleOrder) {
    for (int a = ix.applicants - 1; a >= 0; a--) {
      if (ix.coupleOf[a] == NONE) {
        pushAgent(a);
      }
    }
    settle();
    for (int i = 0; i < coupleOrder.length && !cycling; i++) {
      pushAgent(coupleAgents + coupleOrder[i]);
      settle();
    }
    revertUnfilledPositions();
    return outcome();
  }

  private void settle() {
    while (!cycling) {
      if (agentTop > 0) {
        int agent = agentStack[--agentTop];
        agentQueued[agent] = false;
        act(agent);
      } else if (programTop > 0) {
        int program = programStack[--programTop];
        programQueued[program] = false;
        recheck(program);
      } else {
        return;
      }
    }
  }

  private void act(int agent) {
    if (agent < coupleAgents) {
      proposeSingle(agent);
    } else if (agent < supplementalAgents) {
      proposeCouple(agent - coupleAgents);
    } else {
      proposeSupplemental(agent - supplementalAgents);
    }
  }

  /** Counts one proposal; false (and flags cycling) once the step bound is exceeded. */
  private boolean step() {
    proposals++;
    if (++steps > stepLimit) {
      cycling = true;
      return false;
    }
    return true;
  }

  private void proposeSingle(int a) {
    if (primary[a] != NONE) {
      improveSingle(a);
      return;
    }
    int end = ix.listStart[a + 1];
    for (int e = pointer[a]; e < end; e++) {
      if (!step()) {
        pointer[a] = e;
        return;
      }
      int rank = ix.listRank[e];
      int program = ix.listProgram[e];
      if (rank >= 0 && held.accepts(program, rank)) {
        pointer[a] = e;
        int out = hold(a, program, rank);
        if (out >= 0) {
          displaced(program, out);
        }
        return;
      }
    }
    pointer[a] = end;
  }

  /** A held single re-entered by the program stack tries the entries above its place. */
  private void improveSingle(int a) {
    for (int e = improveFrom[a]; e < pointer[a]; e++) {
      if (!step()) {
        return;
      }
      int rank = ix.listRank[e];
      int program = ix.listProgram[e];
      if (rank >= 0 && held.accepts(program, rank)) {
        release(a);
        pointer[a] = e;
        int out = hold(a, program, rank);
        if (out >= 0) {
          displaced(program, out);
        }
        return;
      }
    }
  }

  private void proposeCouple(int c) {
    if (coupleMatched[c]) {
      improveCouple(c);
      return;
    }
    int end = ix.pairStart[c + 1];
    for (int k = couplePointer[c]; k < end; k++) {
      if (!step()) {
        couplePointer[c] = k;
        return;
      }
      if (pairAccepted(k)) {
        placeCouple(c, k);
        return;
      }
    }
    couplePointer[c] = end;
  }

  /**
   * A matched couple re-entered by the program stack tries the pairs above its current one. Its
   * own seats are set aside while checking (it would leave them) and restored if no pair accepts.
   */
  private void improveCouple(int c) {
    int first = ix.firstMember[c];
    int second = ix.secondMember[c];
    int firstProgram = primary[first];
    int secondProgram = primary[second];
    setAside(first);
    setAside(second);
    for (int k = coupleImproveFrom[c]; k < couplePointer[c]; k++) {
      if (!step()) {
        break;
      }
      if (pairAccepted(k)) {
        leave(first, firstProgram, ix.pairFirst[k]);
        leave(second, secondProgram, ix.pairSecond[k]);
        placeCouple(c, k);
        return;
      }
    }
    restore(first);
    restore(second);
  }

  /** Takes the member's primary seat out of the held set without changing their state. */
  private void setAside(int a) {
    if (primary[a] != NONE) {
      held.remove(primary[a], HeldSets.key(primaryRank[a], false));
    }
  }

  /** Puts a set-aside seat back; it fits, since nothing else changed meanwhile. */
  private void restore(int a) {
    if (primary[a] != NONE) {
      held.admit(primary[a], HeldSets.key(primaryRank[a], false));
    }
  }

  /** A member whose set-aside seat at {@code from} is given up for {@code to}. */
  private void leave(int a, int from, int to) {
    if (from != NONE) {
      primary[a] = NONE;
      if (from != to) {
        pushProgram(from);
      }
    }
    dropSupplemental(a);
  }

  /** Holds the couple at pair {@code k} (both programs accept) and handles who is displaced. */
  private void placeCouple(int c, int k) {
    int first = ix.pairFirst[k];
    int second = ix.pairSecond[k];
    couplePointer[c] = k;
    coupleMatched[c] = true;
    int outFirst = first == NONE ? -1 : hold(ix.firstMember[c], first, ix.pairFirstRank[k]);
    int outSecond = second == NONE ? -1 : hold(ix.secondMember[c], second, ix.pairSecondRank[k]);
    // Both holders leave before either reacts: they may be the two members of one couple.
    if (outFirst >= 0) {
      unseat(first, outFirst);
    }
    if (outSecond >= 0) {
      unseat(second, outSecond);
    }
    if (outFirst >= 0) {
      displaced(first, outFirst);
    }
    if (outSecond >= 0) {
      displaced(second, outSecond);
    }
  }

  private boolean pairAccepted(int k) {
    int first = ix.pairFirst[k];
    int second = ix.pairSecond[k];
    int firstRank = ix.pairFirstRank[k];
    int secondRank = ix.pairSecondRank[k];
    if ((first != NONE && firstRank < 0) || (second != NONE && secondRank < 0)) {
      return false;
    }
    if (first != NONE && first == second) {
      return held.acceptsBoth(first, firstRank, secondRank);
    }
    return (first == NONE || held.accepts(first, firstRank))
        && (second == NONE || held.accepts(second, secondRank));
  }

  private void proposeSupplemental(int a) {
    if (primary[a] == NONE || !ix.advanced[primary[a]] || supplemental[a] != NONE) {
      return;
    }
    int end = ix.supplementalStart[a + 1];
    for (int e = supplementalPointer[a]; e < end; e++) {
      if (!step()) {
        supplementalPointer[a] = e;
        return;
      }
      int rank = ix.supplementalRank[e];
      int program = ix.supplementalProgram[e];
      if (rank >= 0 && held.accepts(program, rank)) {
        supplementalPointer[a] = e;
        supplemental[a] = program;
        supplementalRank[a] = rank;
        int out = held.admit(program, HeldSets.key(rank, true));
        if (out >= 0) {
          displaced(program, out);
        }
        return;
      }
    }
    supplementalPointer[a] = end;
  }

  /** Places the applicant at the program on their primary list; returns the displaced key or -1. */
  private int hold(int a, int program, int rank) {
    primary[a] = program;
    primaryRank[a] = rank;
    int out = held.admit(program, HeldSets.key(rank, false));
    if (ix.advanced[program] && ix.supplementalStart[a] < ix.supplementalStart[a + 1]) {
      supplementalPointer[a] = ix.supplementalStart[a];
      pushAgent(supplementalAgents + a);
    }
    return out;
  }

  private int holder(int program, int key) {
    return ix.programApplicant[ix.programStart[program] + HeldSets.rank(key)];
  }

  /** Records that the holder of {@code key}, already out of the held set, has no seat there. */
  private void unseat(int program, int key) {
    int a = holder(program, key);
    if (HeldSets.isSupplemental(key)) {
      supplemental[a] = NONE;
    } else {
      primary[a] = NONE;
    }
  }

  /**
   * The holder of {@code key} lost their seat at {@code program} to a preferred applicant and
   * moves on; a couple withdraws its other place and moves to its next pair (once, even when both
   * members were displaced by the same proposal).
   */
  private void displaced(int program, int key) {
    displacements++;
    int a = holder(program, key);
    if (HeldSets.isSupplemental(key)) {
      supplemental[a] = NONE;
      int e = supplementalPointer[a];
      countDisplacement(supplementalDisplacedAt, e, supplementalAgents + a);
      supplementalPointer[a] = e + 1;
      pushAgent(supplementalAgents + a);
      return;
    }
    primary[a] = NONE;
    dropSupplemental(a);
    int c = ix.coupleOf[a];
    if (c == NONE) {
      int e = pointer[a];
      countDisplacement(displacedAt, e, a);
      pointer[a] = e + 1;
      pushAgent(a);
    } else if (coupleMatched[c]) {
      release(ix.partner(a));
      coupleMatched[c] = false;
      int k = couplePointer[c];
      countDisplacement(coupleDisplacedAt, k, coupleAgents + c);
      couplePointer[c] = k + 1;
      pushAgent(coupleAgents + c);
    }
  }

  /**
   * Counts a displacement from a list entry; past the limit the agent is caught in a cycle (a
   * market without a stable matching near it): it is frozen so the cycle breaks, and the attempt
   * is marked so that the matcher tries another order of couples.
   */
  private void countDisplacement(int[] counter, int entry, int agent) {
    if (++counter[entry] > displacementLimit) {
      frozen[agent] = true;
      cycleDetected = true;
    }
  }

  /** Withdraws the applicant from their primary seat (and supplemental seat), freeing both. */
  private void release(int a) {
    int program = primary[a];
    if (program != NONE) {
      held.remove(program, HeldSets.key(primaryRank[a], false));
      primary[a] = NONE;
      pushProgram(program);
    }
    dropSupplemental(a);
  }

  private void dropSupplemental(int a) {
    int program = supplemental[a];
    if (program != NONE) {
      held.remove(program, HeldSets.key(supplementalRank[a], true));
      supplemental[a] = NONE;
      pushProgram(program);
    }
  }

  /**
   * A program with a freed seat re-checks its list, best first, for applicants it does not hold
   * who would now be accepted and prefer it to their current place; they re-enter at it. Singles
   * and supplemental agents reserve a seat while scanning; couples do not (their other side may
   * still refuse), so a freed seat is never left to a couple alone.
   */
  private void recheck(int program) {
    int capacity = held.capacity(program);
    int size = held.size(program);
    int base = ix.programStart[program];
    int length = ix.programStart[program + 1] - base;
    int better = 0;
    int reserved = 0;
    for (int rank = 0; rank < length; rank++) {
      while (better < size && HeldSets.rank(held.keyAt(program, better)) < rank) {
        better++;
      }
      if (better + reserved >= capacity) {
        return;
      }
      if (better < size && HeldSets.rank(held.keyAt(program, better)) == rank) {
        continue;
      }
      reserved += reenter(ix.programApplicant[base + rank], program, base + rank);
    }
  }

  /**
   * Re-enters the applicant (or their couple) at the program if they prefer it to where they are;
   * a held single or matched couple keeps its place until a better one accepts it. Returns the
   * seats reserved (0 or 1).
   */
  private int reenter(int a, int program, int entry) {
    int c = ix.coupleOf[a];
    if (c == NONE) {
      int position = ix.positionOnPrimary[entry];
      int e = ix.listStart[a] + position;
      if (position >= 0 && e < pointer[a] && !frozen[a]) {
        if (primary[a] == NONE) {
          pointer[a] = e;
        } else {
          improveFrom[a] = agentQueued[a] ? Math.min(improveFrom[a], e) : e;
        }
        pushAgent(a);
        return 1;
      }
    } else {
      int k = ix.firstPairWithProgram[entry];
      int pair = ix.pairStart[c] + k;
      int agent = coupleAgents + c;
      if (k >= 0 && pair < couplePointer[c] && !frozen[agent]) {
        if (!coupleMatched[c]) {
          couplePointer[c] = pair;
        } else {
          coupleImproveFrom[c] = agentQueued[agent] ? Math.min(coupleImproveFrom[c], pair) : pair;
        }
        pushAgent(agent);
        return 0;
      }
    }
    int position = ix.positionOnSupplemental[entry];
    if (position >= 0 && primary[a] != NONE && ix.advanced[primary[a]]
        && ix.supplementalStart[a] + position < supplementalPointer[a]
        && !frozen[supplementalAgents + a]) {
      dropSupplemental(a);
      supplementalPointer[a] = ix.supplementalStart[a] + position;
      pushAgent(supplementalAgents + a);
      return 1;
    }
    return 0;
  }

  /** Moves unfilled positions to their receivers and lets the market settle, until none move. */
  private void revertUnfilledPositions() {
    boolean moved = !cycling;
    while (moved && !cycling) {
      moved = false;
      for (int program : ix.reversionOrder) {
        int free = held.capacity(program) - held.size(program);
        if (free > 0) {
          int receiver = ix.instance.revertTo(program);
          held.setCapacity(program, held.capacity(program) - free);
          held.setCapacity(receiver, held.capacity(receiver) + free);
          pushProgram(receiver);
          moved = true;
        }
      }
      settle();
    }
  }

  private void pushAgent(int agent) {
    if (!agentQueued[agent]) {
      agentQueued[agent] = true;
      agentStack[agentTop++] = agent;
    }
  }

  private void pushProgram(int program) {
    if (!programQueued[program]) {
      programQueued[program] = true;
      programStack[programTop++] = program;
    }
  }

  private RothPeransonAttempt outcome() {
    int[] matchedRank = new int[ix.applicants];
    for (int a = 0; a < ix.applicants; a++) {
      if (primary[a] != NONE && ix.coupleOf[a] == NONE) {
        matchedRank[a] = pointer[a] - ix.listStart[a] + 1;
      }
    }
    for (int c = 0; c < ix.couples; c++) {
      if (coupleMatched[c]) {
        int rank = couplePointer[c] - ix.pairStart[c] + 1;
        if (primary[ix.firstMember[c]] != NONE) {
          matchedRank[ix.firstMember[c]] = rank;
        }
        if (primary[ix.secondMember[c]] != NONE) {
          matchedRank[ix.secondMember[c]] = rank;
        }
      }
    }
    int[] capacity = new int[ix.programs];
    int[] filled = new int[ix.programs];
    for (int p = 0; p < ix.programs; p++) {
      capacity[p] = held.capacity(p);
      filled[p] = held.size(p);
    }
    return new RothPeransonAttempt(primary.clone(), supplemental.clone(), matchedRank, capacity,
        filled, proposals, displacements, cycling || cycleDetected);
  }
}
