package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A complete matching of an instance that one move at a time is changed and then re-settled by
 * the Roth–Peranson rules, for {@link LocalStabilizer}. The arrays cover the whole market, but a
 * move only touches the programs and agents on its displacement chain: held seats are kept per
 * program as sorted keys, copied on write from a shared base, so a copy of the state costs two
 * applicant arrays and one program array, and a move costs the length of its chain.
 *
 * <p>Re-settling is the algorithm of {@link RothPeransonRun} on this state: a displaced single
 * moves down its list, a couple with a displaced member withdraws both places and moves down its
 * pair list, a held advanced applicant works down their supplemental list, a program with a freed
 * seat re-checks applicants it ranks who prefer it (re-entering singles reserve a seat, couples
 * do not), and unfilled positions of a program with a receiver revert to it. As in the attempt,
 * an agent displaced from the same entry more than {@value #DISPLACEMENT_LIMIT} times in one
 * re-settling is caught in a cycle and frozen (no longer re-entered), which breaks the cycle.
 * Each move is also bounded by a step budget; a move that exceeds it reports failure and leaves
 * the state unusable. Not thread-safe.
 */
final class LocalMarketState {
  private static final int SINGLE = 0;
  private static final int COUPLE = 1;
  private static final int SUPPLEMENTAL = 2;
  private static final long SUPPLEMENTAL_BIT = 1L << 31;
  /** Displacements of one agent from one list entry, within a move, before it is frozen. */
  static final int DISPLACEMENT_LIMIT = 2;

  private final MatchInstance instance;
  private final long[][] baseSeats;
  private final long stepLimit;
  final int[] programOf;
  final int[] supplementalOf;
  final int[] capacity;
  /** Sorted held seats of the programs changed since the base; others are in the base. */
  private final Map<Integer, long[]> seats;
  /** Programs whose seats were written since the base, in index order (deterministic). */
  private final TreeSet<Integer> touched;

  private final ArrayDeque<int[]> agents = new ArrayDeque<>();
  private final ArrayDeque<Integer> freed = new ArrayDeque<>();
  /** Per agent and list entry, displacements during the current re-settling. */
  private final Map<Long, Integer> displacedAt = new HashMap<>();
  /** Agents caught in a cycle during the current re-settling: no longer re-entered. */
  private final Set<Long> frozen = new HashSet<>();
  private long steps;
  /** During a break move: the program that only accepts applicants ranked above limitRank. */
  private int limitProgram = NONE;
  private int limitRank;

  /** The state of the given feasible matching; each move may take up to {@code stepLimit} steps. */
  LocalMarketState(MatchInstance instance, int[] programOf, int[] supplementalOf,
      int[] finalCapacity, long stepLimit) {
    this.instance = instance;
    this.programOf = programOf.clone();
    this.supplementalOf = supplementalOf.clone();
    this.capacity = finalCapacity.clone();
    this.stepLimit = stepLimit;
    this.baseSeats = seatsByProgram(instance, programOf, supplementalOf);
    this.seats = new HashMap<>();
    this.touched = new TreeSet<>();
  }

  private LocalMarketState(LocalMarketState other) {
    instance = other.instance;
    baseSeats = other.baseSeats;
    stepLimit = other.stepLimit;
    programOf = other.programOf.clone();
    supplementalOf = other.supplementalOf.clone();
    capacity = other.capacity.clone();
    seats = new HashMap<>(other.seats);
    touched = new TreeSet<>(other.touched);
  }

  /** An independent copy (seat arrays are shared until written). */
  LocalMarketState copy() {
    return new LocalMarketState(this);
  }

  private static long[][] seatsByProgram(MatchInstance instance, int[] programOf,
      int[] supplementalOf) {
    int programs = instance.programCount();
    long[][] result = new long[programs][];
    int[] count = new int[programs];
    for (int a = 0; a < programOf.length; a++) {
      if (programOf[a] != NONE) {
        count[programOf[a]]++;
      }
      if (supplementalOf[a] != NONE) {
        count[supplementalOf[a]]++;
      }
    }
    for (int p = 0; p < programs; p++) {
      result[p] = new long[count[p]];
      count[p] = 0;
    }
    for (int a = 0; a < programOf.length; a++) {
      int p = programOf[a];
      if (p != NONE) {
        result[p][count[p]++] = key(rank(instance, p, a), false, a);
      }
      if (supplementalOf[a] != NONE) {
        result[supplementalOf[a]][count[supplementalOf[a]]++] =
            key(rank(instance, supplementalOf[a], a), true, a);
      }
    }
    for (long[] held : result) {
      Arrays.sort(held);
    }
    return result;
  }

  /** Programs whose held seats were written since the base, in index order. */
  TreeSet<Integer> touchedPrograms() {
    return touched;
  }

  /** Whether the program's held seats and capacity are those of the base. */
  boolean asInBase(int program, int baseCapacity) {
    return capacity[program] == baseCapacity && Arrays.equals(seatsOf(program), baseSeats[program]);
  }

  /** Held seats of the program, best ranked first, as {@code rank << 32 | flag | applicant}. */
  long[] seatsOf(int program) {
    long[] held = seats.get(program);
    return held != null ? held : baseSeats[program];
  }

  static int seatRank(long key) {
    return (int) (key >>> 32);
  }

  static int seatApplicant(long key) {
    return (int) (key & (SUPPLEMENTAL_BIT - 1));
  }

  static boolean seatIsSupplemental(long key) {
    return (key & SUPPLEMENTAL_BIT) != 0;
  }

  private static long key(int rank, boolean supplemental, int applicant) {
    return (long) rank << 32 | (supplemental ? SUPPLEMENTAL_BIT : 0) | applicant;
  }

  /** The applicant's rank on the program's list, or -1 (a scan of that list). */
  static int rank(MatchInstance instance, int program, int applicant) {
    return indexOf(instance.programRankList(program), applicant);
  }

  private static int indexOf(int[] list, int value) {
    for (int i = 0; i < list.length; i++) {
      if (list[i] == value) {
        return i;
      }
    }
    return -1;
  }

  // ---- moves -------------------------------------------------------------------------------

  /** The agent of the blocking pair takes that place; then the market re-settles. */
  boolean satisfy(BlockingPair pair) {
    if (pair.isCouple()) {
      int k = pairIndex(pair.couple(), pair.program(), pair.secondProgram());
      agents.push(new int[] {COUPLE, pair.couple(), k});
    } else {
      int a = pair.applicant();
      int e = indexOf(instance.applicantRankList(a), pair.program());
      int s = indexOf(instance.supplementalList(a), pair.program());
      if (instance.coupleOf(a) == NONE && e >= 0 && e < primaryIndex(a)) {
        agents.push(new int[] {SINGLE, a, e});
      } else if (s >= 0) {
        agents.push(new int[] {SUPPLEMENTAL, a, s});
      }
    }
    return settle();
  }

  /**
   * The program lets go of the applicant it holds, and until the market has re-settled accepts
   * only applicants it ranks above them (the break-marriage step of McVitie and Wilson, "The
   * Stable Marriage Problem", Comm. ACM 14(7), 1971, 486–490, which moves along a rotation to
   * another stable matching); then the restriction is lifted and the market re-settles again.
   */
  boolean breakSeat(int applicant, int program) {
    return breakSeat(applicant, program, Integer.MAX_VALUE);
  }

  /**
   * As {@link #breakSeat(int, int)}, but while re-settling the program accepts only applicants it
   * ranks above {@code rank} as well (for instance above a blocking applicant it should close to).
   */
  boolean breakSeat(int applicant, int program, int rank) {
    boolean supplemental = supplementalOf[applicant] == program;
    if (!supplemental && programOf[applicant] != program) {
      return true;
    }
    long seat = key(rank(instance, program, applicant), supplemental, applicant);
    limitProgram = program;
    limitRank = Math.min(seatRank(seat), rank);
    removeSeat(program, seat);
    displaced(program, seat);
    freed.push(program);
    boolean settled = settle();
    limitProgram = NONE;
    freed.push(program);
    return settled && settle();
  }

  /**
   * The couple takes pair {@code k} of its list even where a program would not take its member
   * now: such a program lets its worst other holder go. Then the market re-settles; seats the
   * couple leaves may draw away a holder ranked above the member, after which the program takes
   * back the one it let go — an outcome that proposals alone do not reach, because the couple's
   * seats free up only after it has moved.
   */
  boolean forcePair(int c, int k) {
    int first = instance.coupleMember(c, 0);
    int second = instance.coupleMember(c, 1);
    int[] pairs = instance.coupleRankList(c);
    int p = pairs[2 * k];
    int q = pairs[2 * k + 1];
    int rp = p == NONE ? 0 : rank(instance, p, first);
    int rq = q == NONE ? 0 : rank(instance, q, second);
    if ((p != NONE && rp < 0) || (q != NONE && rq < 0) || k == currentPair(c)) {
      return true;
    }
    vacate(first, setAside(first));
    vacate(second, setAside(second));
    long firstSeat = p == NONE ? -1 : key(rp, false, first);
    long secondSeat = q == NONE ? -1 : key(rq, false, second);
    if (p != NONE) {
      programOf[first] = p;
      insertSeat(p, firstSeat);
    }
    if (q != NONE) {
      programOf[second] = q;
      insertSeat(q, secondSeat);
    }
    evictAllBut(p, firstSeat, secondSeat);
    if (q != p) {
      evictAllBut(q, firstSeat, secondSeat);
    }
    return settle();
  }

  /** Lets the worst holders other than the two given seats go until the program fits. */
  private void evictAllBut(int program, long keep, long alsoKeep) {
    if (program == NONE) {
      return;
    }
    long[] held = seatsOf(program);
    for (int i = held.length - 1; i >= 0 && seatsOf(program).length > capacity[program]; i--) {
      if (held[i] != keep && held[i] != alsoKeep) {
        removeSeat(program, held[i]);
        displaced(program, held[i]);
      }
    }
  }

  /**
   * Pairs above the couple's current one in which the given member would be at the program, or
   * an empty array: candidates for {@link #forcePair}.
   */
  int[] pairsAboveWith(int member, int program) {
    int c = instance.coupleOf(member);
    if (c == NONE) {
      return new int[0];
    }
    int side = instance.coupleMember(c, 0) == member ? 0 : 1;
    int[] pairs = instance.coupleRankList(c);
    int current = currentPair(c);
    int[] found = new int[current];
    int n = 0;
    for (int k = 0; k < current; k++) {
      if (pairs[2 * k + side] == program) {
        found[n++] = k;
      }
    }
    return Arrays.copyOf(found, n);
  }

  // ---- re-settling -------------------------------------------------------------------------

  private boolean settle() {
    steps = 0;
    displacedAt.clear();
    frozen.clear();
    while (true) {
      if (steps > stepLimit) {
        return false;
      }
      if (!agents.isEmpty()) {
        int[] agent = agents.pop();
        switch (agent[0]) {
          case SINGLE -> proposeSingle(agent[1], agent[2]);
          case COUPLE -> proposeCouple(agent[1], agent[2]);
          default -> proposeSupplemental(agent[1], agent[2]);
        }
      } else if (!freed.isEmpty()) {
        recheck(freed.pop());
      } else if (!revert()) {
        return true;
      }
    }
  }

  /**
   * Whether the single, if it lost its current seat, would go next to {@code program}: it holds
   * a seat above it on its list and every program in between would turn it away.
   */
  boolean wouldFallTo(int a, int program) {
    if (instance.coupleOf(a) != NONE || programOf[a] == NONE) {
      return false;
    }
    int[] list = instance.applicantRankList(a);
    for (int e = primaryIndex(a) + 1; e < list.length; e++) {
      if (list[e] == program) {
        return true;
      }
      if (accepts(list[e], rank(instance, list[e], a))) {
        return false;
      }
    }
    return false;
  }

  /** Position of the single's primary match on their list, or the list length. */
  private int primaryIndex(int a) {
    int[] list = instance.applicantRankList(a);
    return programOf[a] == NONE ? list.length : indexOf(list, programOf[a]);
  }

  private int supplementalIndex(int a) {
    int[] list = instance.supplementalList(a);
    return supplementalOf[a] == NONE ? list.length : indexOf(list, supplementalOf[a]);
  }

  private int pairIndex(int c, int first, int second) {
    int[] pairs = instance.coupleRankList(c);
    for (int k = 0; k < pairs.length / 2; k++) {
      if (pairs[2 * k] == first && pairs[2 * k + 1] == second) {
        return k;
      }
    }
    return pairs.length / 2;
  }

  private int currentPair(int c) {
    int first = programOf[instance.coupleMember(c, 0)];
    int second = programOf[instance.coupleMember(c, 1)];
    return first == NONE && second == NONE ? instance.couplePairCount(c)
        : pairIndex(c, first, second);
  }

  /** The program's acceptance of a newcomer it ranks at {@code rank} (-1: unranked). */
  private boolean accepts(int program, int rank) {
    if (rank < 0 || (program == limitProgram && rank >= limitRank)) {
      return false;
    }
    long[] held = seatsOf(program);
    return held.length < capacity[program]
        || (held.length > 0 && seatRank(held[held.length - 1]) > rank);
  }

  /** Both members of a couple at one program: fewer than capacity − 1 others above the worse. */
  private boolean acceptsBoth(int program, int firstRank, int secondRank) {
    int worse = Math.max(firstRank, secondRank);
    if (firstRank < 0 || secondRank < 0 || (program == limitProgram && worse >= limitRank)) {
      return false;
    }
    int above = 0;
    for (long seat : seatsOf(program)) {
      above += seatRank(seat) < worse ? 1 : 0;
    }
    return above + 1 < capacity[program];
  }

  private void proposeSingle(int a, int from) {
    int[] list = instance.applicantRankList(a);
    int current = primaryIndex(a);
    for (int e = from; e < current; e++) {
      steps++;
      int rank = rank(instance, list[e], a);
      if (accepts(list[e], rank)) {
        leavePrimary(a);
        hold(a, list[e], rank);
        return;
      }
    }
  }

  private void proposeSupplemental(int a, int from) {
    if (programOf[a] == NONE || instance.track(programOf[a]) != Track.ADVANCED) {
      return;
    }
    int[] list = instance.supplementalList(a);
    int current = supplementalIndex(a);
    for (int e = from; e < current; e++) {
      steps++;
      int rank = rank(instance, list[e], a);
      if (accepts(list[e], rank)) {
        leaveSupplemental(a);
        supplementalOf[a] = list[e];
        admit(list[e], key(rank, true, a));
        return;
      }
    }
  }

  /** Tries the couple's pairs from {@code from} up to its current one, its own seats set aside. */
  private void proposeCouple(int c, int from) {
    int first = instance.coupleMember(c, 0);
    int second = instance.coupleMember(c, 1);
    int[] pairs = instance.coupleRankList(c);
    int current = currentPair(c);
    long firstSeat = setAside(first);
    long secondSeat = setAside(second);
    for (int k = from; k < current; k++) {
      steps++;
      int p = pairs[2 * k];
      int q = pairs[2 * k + 1];
      int rp = p == NONE ? 0 : rank(instance, p, first);
      int rq = q == NONE ? 0 : rank(instance, q, second);
      boolean accepted = p != NONE && p == q ? acceptsBoth(p, rp, rq)
          : (p == NONE || accepts(p, rp)) && (q == NONE || accepts(q, rq));
      if (accepted) {
        vacate(first, firstSeat);
        vacate(second, secondSeat);
        // Both holders leave before either reacts: they may be the two members of one couple.
        long outFirst = p == NONE ? -1 : holdQuietly(first, p, rp);
        long outSecond = q == NONE ? -1 : holdQuietly(second, q, rq);
        react(p, outFirst);
        react(q, outSecond);
        return;
      }
    }
    restore(first, firstSeat);
    restore(second, secondSeat);
  }

  private long setAside(int member) {
    if (programOf[member] == NONE) {
      return -1;
    }
    long seat = key(rank(instance, programOf[member], member), false, member);
    removeSeat(programOf[member], seat);
    return seat;
  }

  private void restore(int member, long seat) {
    if (seat >= 0) {
      insertSeat(programOf[member], seat);
    }
  }

  /** A member leaves a set-aside seat: the program is re-checked, their supplemental seat goes. */
  private void vacate(int member, long seat) {
    if (seat >= 0) {
      freed.push(programOf[member]);
      programOf[member] = NONE;
      leaveSupplemental(member);
    }
  }

  private void leavePrimary(int a) {
    if (programOf[a] != NONE) {
      removeSeat(programOf[a], key(rank(instance, programOf[a], a), false, a));
      freed.push(programOf[a]);
      programOf[a] = NONE;
      leaveSupplemental(a);
    }
  }

  private void leaveSupplemental(int a) {
    if (supplementalOf[a] != NONE) {
      removeSeat(supplementalOf[a], key(rank(instance, supplementalOf[a], a), true, a));
      freed.push(supplementalOf[a]);
      supplementalOf[a] = NONE;
    }
  }

  private void hold(int a, int program, int rank) {
    react(program, holdQuietly(a, program, rank));
  }

  /** Places the applicant; returns the seat pushed out (or -1) without letting its holder react. */
  private long holdQuietly(int a, int program, int rank) {
    programOf[a] = program;
    if (instance.track(program) == Track.ADVANCED && instance.supplementalList(a).length > 0) {
      agents.push(new int[] {SUPPLEMENTAL, a, 0});
    }
    return admit(program, key(rank, false, a));
  }

  /** Adds the seat; if the program is then over capacity, removes and returns its worst seat. */
  private long admit(int program, long seat) {
    insertSeat(program, seat);
    long[] held = seatsOf(program);
    if (held.length <= capacity[program]) {
      return -1;
    }
    long worst = held[held.length - 1];
    removeSeat(program, worst);
    return worst;
  }

  private void react(int program, long seat) {
    if (seat >= 0) {
      displaced(program, seat);
    }
  }

  /** The holder of a seat just removed at the program moves on (a couple withdraws both places). */
  private void displaced(int program, long seat) {
    int a = seatApplicant(seat);
    if (seatIsSupplemental(seat)) {
      if (supplementalOf[a] == program) {
        supplementalOf[a] = NONE;
        int e = indexOf(instance.supplementalList(a), program);
        countDisplacement(SUPPLEMENTAL, a, e);
        agents.push(new int[] {SUPPLEMENTAL, a, e + 1});
      }
      return;
    }
    if (programOf[a] != program) {
      return; // already withdrawn with their partner
    }
    int c = instance.coupleOf(a);
    if (c == NONE) {
      programOf[a] = NONE;
      leaveSupplemental(a);
      int e = indexOf(instance.applicantRankList(a), program);
      countDisplacement(SINGLE, a, e);
      agents.push(new int[] {SINGLE, a, e + 1});
      return;
    }
    int k = currentPair(c);
    countDisplacement(COUPLE, c, k);
    programOf[a] = NONE;
    leaveSupplemental(a);
    int partner = instance.coupleMember(c, 0) == a ? instance.coupleMember(c, 1)
        : instance.coupleMember(c, 0);
    leavePrimary(partner);
    agents.push(new int[] {COUPLE, c, k + 1});
  }

  private static long agent(int kind, int id) {
    return (long) kind << 32 | id;
  }

  private void countDisplacement(int kind, int id, int entry) {
    long agent = agent(kind, id);
    if (displacedAt.merge(agent << 20 ^ entry, 1, Integer::sum) > DISPLACEMENT_LIMIT) {
      frozen.add(agent);
    }
  }

  /**
   * Re-checks a program with a freed seat: applicants it ranks above its held seats (while seats
   * remain) who prefer it to where they are re-enter at it, best first.
   */
  private void recheck(int program) {
    int[] list = instance.programRankList(program);
    long[] held = seatsOf(program);
    int better = 0;
    int reserved = 0;
    for (int rank = 0; rank < list.length; rank++) {
      steps++;
      while (better < held.length && seatRank(held[better]) < rank) {
        better++;
      }
      if (better + reserved >= capacity[program]
          || (program == limitProgram && rank >= limitRank)) {
        return;
      }
      if (better < held.length && seatRank(held[better]) == rank) {
        continue;
      }
      reserved += reenter(list[rank], program);
    }
  }

  /** Re-enters the applicant at the program if they prefer it; returns the seats reserved. */
  private int reenter(int a, int program) {
    int c = instance.coupleOf(a);
    if (c == NONE) {
      int e = indexOf(instance.applicantRankList(a), program);
      if (e >= 0 && e < primaryIndex(a) && !frozen.contains(agent(SINGLE, a))) {
        agents.push(new int[] {SINGLE, a, e});
        return 1;
      }
    } else if (!frozen.contains(agent(COUPLE, c))) {
      int[] pairs = instance.coupleRankList(c);
      int side = instance.coupleMember(c, 0) == a ? 0 : 1;
      int current = currentPair(c);
      for (int k = 0; k < current; k++) {
        if (pairs[2 * k + side] == program) {
          agents.push(new int[] {COUPLE, c, k});
          return 0;
        }
      }
    }
    if (programOf[a] != NONE && instance.track(programOf[a]) == Track.ADVANCED) {
      int e = indexOf(instance.supplementalList(a), program);
      if (e >= 0 && e < supplementalIndex(a) && !frozen.contains(agent(SUPPLEMENTAL, a))) {
        agents.push(new int[] {SUPPLEMENTAL, a, e});
        return 1;
      }
    }
    return 0;
  }

  /** Moves unfilled positions of changed programs to their receivers; true if any moved. */
  private boolean revert() {
    boolean moved = false;
    for (int program : touched.toArray(new Integer[0])) {
      int receiver = instance.revertTo(program);
      int free = capacity[program] - seatsOf(program).length;
      if (receiver != NONE && free > 0) {
        capacity[program] -= free;
        capacity[receiver] += free;
        touched.add(receiver);
        freed.push(receiver);
        moved = true;
      }
    }
    return moved;
  }

  private void insertSeat(int program, long seat) {
    long[] held = seatsOf(program);
    int at = -Arrays.binarySearch(held, seat) - 1;
    long[] grown = new long[held.length + 1];
    System.arraycopy(held, 0, grown, 0, at);
    grown[at] = seat;
    System.arraycopy(held, at, grown, at + 1, held.length - at);
    seats.put(program, grown);
    touched.add(program);
  }

  private void removeSeat(int program, long seat) {
    long[] held = seatsOf(program);
    int at = Arrays.binarySearch(held, seat);
    if (at < 0) {
      return; // already pushed out by the same placement (see displaced)
    }
    long[] shrunk = new long[held.length - 1];
    System.arraycopy(held, 0, shrunk, 0, at);
    System.arraycopy(held, at + 1, shrunk, at, held.length - at - 1);
    seats.put(program, shrunk);
    touched.add(program);
  }
}
