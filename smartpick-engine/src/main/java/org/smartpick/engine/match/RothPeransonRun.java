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
 * After the attempt, {@link #satisfy} takes steps of a random path to stability on the same state.
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
  /** Displacements per list entry, saturating at {@link Short#MAX_VALUE} (half the cache of int). */
  private final short[] displacedAt;
  private final short[] supplementalDisplacedAt;
  private final short[] coupleDisplacedAt;

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
  /** Proposals since the attempt or the current path step began (bounded by the step limit). */
  private long steps;
  /** Proposals of the earlier path steps of this run; the total is this plus {@link #steps}. */
  private long earlierProposals;
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
        * (ix.rankListEntries + ix.applicants + ix.couples + 1);

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
    displacedAt = new short[ix.listStart[ix.applicants]];
    supplementalDisplacedAt = new short[ix.supplementalProgram.length];
    coupleDisplacedAt = new short[ix.pairFirst.length];

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

  /**
   * One step of a random path to stability (Roth and Vande Vate, "Random Paths to Stability in
   * Two-Sided Matching", Econometrica 58(6), 1990, 1475–1480): the agent of a blocking pair found
   * by the checker on this run's current matching takes that place, and the market re-settles
   * through the applicant and program stacks (who is displaced moves on, freed seats are
   * re-checked), then reversions are redone. Cycle detection starts afresh (frozen agents thaw,
   * displacement counts restart), so the market may settle somewhere else than the attempt did;
   * a cycle met again is cut by freezing as in {@link #run}. The step gets a fresh proposal
   * bound, so each call does bounded work.
   *
   * @return the matching after the step
   */
  RothPeransonAttempt satisfy(BlockingPair pair) {
    earlierProposals += steps;
    steps = 0;
    cycling = false;
    Arrays.fill(frozen, false);
    Arrays.fill(displacedAt, (short) 0);
    Arrays.fill(supplementalDisplacedAt, (short) 0);
    Arrays.fill(coupleDisplacedAt, (short) 0);
    if (pair.isCouple()) {
      satisfyCouple(pair.couple(), pair.program(), pair.secondProgram());
    } else {
      satisfySingle(pair.applicant(), pair.program());
    }
    settle();
    revertUnfilledPositions();
    return outcome();
  }

  private void satisfySingle(int a, int program) {
    if (ix.coupleOf[a] == NONE) {
      int e = entryAbove(ix.listStart[a], primary[a] == NONE ? ix.listStart[a + 1] : pointer[a],
          program);
      if (e >= 0) {
        if (primary[a] == NONE) {
          pointer[a] = e;
        } else {
          improveFrom[a] = e;
        }
        pushAgent(a);
        return;
      }
    }
    if (primary[a] != NONE && ix.advanced[primary[a]]) {
      int e = supplementalEntryAbove(a,
          supplemental[a] == NONE ? ix.supplementalStart[a + 1] : supplementalPointer[a], program);
      if (e >= 0) {
        dropSupplemental(a);
        supplementalPointer[a] = e;
        pushAgent(supplementalAgents + a);
      }
    }
  }

  private void satisfyCouple(int c, int first, int second) {
    int limit = coupleMatched[c] ? couplePointer[c] : ix.pairStart[c + 1];
    for (int k = ix.pairStart[c]; k < limit; k++) {
      if (ix.pairFirst[k] == first && ix.pairSecond[k] == second) {
        if (coupleMatched[c]) {
          coupleImproveFrom[c] = k;
        } else {
          couplePointer[c] = k;
        }
        pushAgent(coupleAgents + c);
        return;
      }
    }
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
      int program = ix.listEntry[2 * e];
      int rank = ix.listEntry[2 * e + 1];
      if (rank >= 0 && held.accepts(program, rank)) {
        pointer[a] = e;
        long out = hold(a, program, rank);
        if (out != HeldSets.NOBODY) {
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
      int program = ix.listEntry[2 * e];
      int rank = ix.listEntry[2 * e + 1];
      if (rank >= 0 && held.accepts(program, rank)) {
        release(a);
        pointer[a] = e;
        long out = hold(a, program, rank);
        if (out != HeldSets.NOBODY) {
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
      held.remove(primary[a], HeldSets.seat(primaryRank[a], false, a));
    }
  }

  /** Puts a set-aside seat back; it fits, since nothing else changed meanwhile. */
  private void restore(int a) {
    if (primary[a] != NONE) {
      held.admit(primary[a], HeldSets.seat(primaryRank[a], false, a));
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
    long outFirst = first == NONE ? HeldSets.NOBODY
        : hold(ix.firstMember[c], first, ix.pairFirstRank[k]);
    long outSecond = second == NONE ? HeldSets.NOBODY
        : hold(ix.secondMember[c], second, ix.pairSecondRank[k]);
    // Both holders leave before either reacts: they may be the two members of one couple.
    if (outFirst != HeldSets.NOBODY) {
      unseat(outFirst);
    }
    if (outSecond != HeldSets.NOBODY) {
      unseat(outSecond);
    }
    if (outFirst != HeldSets.NOBODY) {
      displaced(first, outFirst);
    }
    if (outSecond != HeldSets.NOBODY) {
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
        long out = held.admit(program, HeldSets.seat(rank, true, a));
        if (out != HeldSets.NOBODY) {
          displaced(program, out);
        }
        return;
      }
    }
    supplementalPointer[a] = end;
  }

  /**
   * Places the applicant at the program on their primary list; returns the displaced seat or
   * {@link HeldSets#NOBODY}.
   */
  private long hold(int a, int program, int rank) {
    primary[a] = program;
    primaryRank[a] = rank;
    long out = held.admit(program, HeldSets.seat(rank, false, a));
    if (ix.advanced[program] && ix.supplementalStart[a] < ix.supplementalStart[a + 1]) {
      supplementalPointer[a] = ix.supplementalStart[a];
      pushAgent(supplementalAgents + a);
    }
    return out;
  }

  /** Records that the holder of {@code seat}, already out of the held set, has no seat there. */
  private void unseat(long seat) {
    int a = HeldSets.applicant(seat);
    if (HeldSets.isSupplemental(seat)) {
      supplemental[a] = NONE;
    } else {
      primary[a] = NONE;
    }
  }

  /**
   * The holder of {@code seat} lost their seat at {@code program} to a preferred applicant and
   * moves on; a couple withdraws its other place and moves to its next pair (once, even when both
   * members were displaced by the same proposal).
   */
  private void displaced(int program, long seat) {
    displacements++;
    int a = HeldSets.applicant(seat);
    if (HeldSets.isSupplemental(seat)) {
      supplemental[a] = NONE;
      int e = supplementalPointer[a];
      countDisplacement(supplementalDisplacedAt, e, supplementalAgents + a);
      supplementalPointer[a] = e + 1;
      pushAgent(supplementalAgents + a);
      return;
    }
    primary[a] = NONE;
    if (ix.advanced[program]) {
      dropSupplemental(a); // only an advanced primary seat carries a supplemental one
    }
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
  private void countDisplacement(short[] counter, int entry, int agent) {
    int count = counter[entry] + 1;
    if (count <= Short.MAX_VALUE) {
      counter[entry] = (short) count;
    }
    if (count > displacementLimit) {
      frozen[agent] = true;
      cycleDetected = true;
    }
  }

  /** Withdraws the applicant from their primary seat (and supplemental seat), freeing both. */
  private void release(int a) {
    int program = primary[a];
    if (program != NONE) {
      held.remove(program, HeldSets.seat(primaryRank[a], false, a));
      primary[a] = NONE;
      pushProgram(program);
    }
    dropSupplemental(a);
  }

  private void dropSupplemental(int a) {
    int program = supplemental[a];
    if (program != NONE) {
      held.remove(program, HeldSets.seat(supplementalRank[a], true, a));
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
    int[] list = ix.programList[program];
    int better = 0;
    int reserved = 0;
    for (int rank = 0; rank < list.length; rank++) {
      while (better < size && HeldSets.rank(held.seatAt(program, better)) < rank) {
        better++;
      }
      if (better + reserved >= capacity) {
        return;
      }
      if (better < size && HeldSets.rank(held.seatAt(program, better)) == rank) {
        continue;
      }
      reserved += reenter(list[rank], program);
    }
  }

  /**
   * Re-enters the applicant (or their couple) at the program if they prefer it to where they are;
   * a held single or matched couple keeps its place until a better one accepts it. Returns the
   * seats reserved (0 or 1).
   */
  private int reenter(int a, int program) {
    int c = ix.coupleOf[a];
    if (c == NONE) {
      int e = frozen[a] ? -1 : entryAbove(ix.listStart[a], pointer[a], program);
      if (e >= 0) {
        if (primary[a] == NONE) {
          pointer[a] = e;
        } else {
          improveFrom[a] = agentQueued[a] ? Math.min(improveFrom[a], e) : e;
        }
        pushAgent(a);
        return 1;
      }
    } else {
      int agent = coupleAgents + c;
      int pair = frozen[agent] ? -1 : pairAbove(c, ix.firstMember[c] == a, program);
      if (pair >= 0) {
        if (!coupleMatched[c]) {
          couplePointer[c] = pair;
        } else {
          coupleImproveFrom[c] = agentQueued[agent] ? Math.min(coupleImproveFrom[c], pair) : pair;
        }
        pushAgent(agent);
        return 0;
      }
    }
    if (primary[a] != NONE && ix.advanced[primary[a]] && !frozen[supplementalAgents + a]) {
      int e = supplementalEntryAbove(a, supplementalPointer[a], program);
      if (e >= 0) {
        dropSupplemental(a);
        supplementalPointer[a] = e;
        pushAgent(supplementalAgents + a);
        return 1;
      }
    }
    return 0;
  }

  /**
   * The entry of {@code program} among primary-list entries {@code [from, to)}, or -1: a scan of
   * a short prefix of one list (re-entries are rare, so the way back from program lists to
   * applicant lists is not indexed).
   */
  private int entryAbove(int from, int to, int program) {
    for (int e = from; e < to; e++) {
      if (ix.listEntry[2 * e] == program) {
        return e;
      }
    }
    return -1;
  }

  /**
   * The couple's first pair before its pointer with {@code program} on the member's side, or -1
   * (a scan of that prefix of the couple's list).
   */
  private int pairAbove(int c, boolean firstSide, int program) {
    int[] side = firstSide ? ix.pairFirst : ix.pairSecond;
    for (int k = ix.pairStart[c]; k < couplePointer[c]; k++) {
      if (side[k] == program) {
        return k;
      }
    }
    return -1;
  }

  /** As {@link #entryAbove} on the applicant's supplemental list, before entry {@code to}. */
  private int supplementalEntryAbove(int a, int to, int program) {
    for (int e = ix.supplementalStart[a]; e < to; e++) {
      if (ix.supplementalProgram[e] == program) {
        return e;
      }
    }
    return -1;
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
        filled, earlierProposals + steps, displacements, cycling || cycleDetected);
  }
}
