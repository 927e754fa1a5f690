package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Bounded local search for a stable matching near an unstable one, run by
 * {@link RothPeransonMatcher} when an attempt ends with blocking pairs that satisfy-and-resettle
 * paths cannot remove (the single-versus-couple motif of A. E. Roth, "The Evolution of the Labor
 * Market for Medical Interns and Residents", J. Political Economy 92(6), 1984, 991–1016, where
 * whichever of them holds the contested seat, the other blocks).
 *
 * <p>A state is a complete matching ({@link LocalMarketState}); from a state with blocking pairs
 * the moves are, for each of its first {@value #PAIRS_PER_STATE} blocking pairs:
 * <ul>
 *   <li><b>satisfy</b> the pair (its applicant or couple takes that place), as a step of a path to
 *       stability (Roth and Vande Vate, Econometrica 58(6), 1990);</li>
 *   <li><b>break</b> a seat of a holder ranked below the blocking applicant at the pair's program
 *       (up to {@value #BREAKS_PER_PROGRAM}, worst first): the program lets the holder go and waits
 *       for someone it ranks above the blocking applicant — McVitie and Wilson's (1971)
 *       break-marriage step, which in a market of singles moves along a rotation to another stable
 *       matching where programs do better, so that the seat closes to the blocking applicant;</li>
 *   <li><b>pull</b> towards the pair's program: break the seat of a single it ranks above the
 *       blocking applicant who would fall to it next (up to {@value #PULLS_PER_PROGRAM}, best
 *       first), so that the program may fill with someone it prefers;</li>
 *   <li><b>force</b> a couple with a member the program of a single's pair ranks above the single
 *       into its first pair with that program (up to {@value #FORCED_PER_PROGRAM}): programs of
 *       the pair let their worst other holders go, and the seats the couple leaves may draw away
 *       a holder so that they take them back — a way out of the single-versus-couple motif that
 *       proposals alone cannot reach, since the couple's seats free up only once it has
 *       moved;</li>
 *   <li><b>break</b> the blocking agent's own seat(s), so that it moves down its list and leaves
 *       the contested seats to the other side of the motif.</li>
 * </ul>
 * After each move the market re-settles by the Roth–Peranson rules. States are explored best
 * first (fewest blocking pairs, then fewest moves, then order of creation), each visited once, to
 * a depth of {@code maxDepth} moves; every state is judged by the independent
 * {@link StabilityChecker}, and the first one it finds feasible and stable is returned. This is a
 * heuristic: hospitals/residents with couples is NP-hard (Biró, Manlove and McBride, SEA 2014,
 * LNCS 8504, 10–21), so finding nothing does not prove that no stable matching exists.
 *
 * <p>Running time: at most {@code maxStates} states, each a chain bounded by
 * {@value #STEPS_PER_MOVE} steps (a step scans one program's list) plus
 * one O(E) check for E rank-list entries; the result never replaces the input unless it is
 * stable. Deterministic. Stateless between calls and thread-safe.
 */
final class LocalStabilizer {
  /** Blocking pairs of a state that generate moves. */
  static final int PAIRS_PER_STATE = 4;
  /** Holders below the blocking applicant whose seats are broken, per program of a pair. */
  static final int BREAKS_PER_PROGRAM = 3;
  /** Singles pulled towards a program of a pair (their seats broken), per program. */
  static final int PULLS_PER_PROGRAM = 4;
  /** Couples forced into a pair with a program of a single's blocking pair, per program. */
  static final int FORCED_PER_PROGRAM = 4;
  /** Bound on proposals and re-check steps while the market re-settles after one move. */
  static final long STEPS_PER_MOVE = 50_000;

  private final StabilityChecker checker = new StabilityChecker();
  private final int maxStates;
  private final int maxDepth;

  /**
   * @param maxStates matchings the search may evaluate (each costs one check)
   * @param maxDepth moves from the input to a state
   */
  LocalStabilizer(int maxStates, int maxDepth) {
    this.maxStates = maxStates;
    this.maxDepth = maxDepth;
  }

  /** What a search found: a stable matching or {@code null}, and the states it evaluated. */
  record Outcome(RothPeransonAttempt stable, int states) {
  }

  private record Node(LocalMarketState state, List<BlockingPair> blocking, int depth, int serial) {
  }

  /** Searches from a feasible matching with its blocking pairs. */
  Outcome search(MatchInstance instance, RothPeransonAttempt start, List<BlockingPair> blocking) {
    PriorityQueue<Node> queue = new PriorityQueue<>(Comparator
        .comparingInt((Node n) -> n.blocking().size())
        .thenComparingInt(Node::depth)
        .thenComparingInt(Node::serial));
    Set<List<Long>> seen = new HashSet<>();
    int[] baseCapacity = start.finalCapacity();
    LocalMarketState root = new LocalMarketState(instance, start.programOf(),
        start.supplementalProgramOf(), baseCapacity, STEPS_PER_MOVE);
    seen.add(signature(root, baseCapacity));
    queue.add(new Node(root, blocking, 0, 0));
    int states = 0;
    while (!queue.isEmpty() && states < maxStates) {
      Node node = queue.poll();
      for (Predicate<LocalMarketState> move : moves(instance, node)) {
        if (states >= maxStates) {
          break;
        }
        LocalMarketState next = node.state().copy();
        if (!move.test(next) || !seen.add(signature(next, baseCapacity))) {
          continue;
        }
        states++;
        StabilityReport report = checker.check(instance, next.programOf, next.supplementalOf,
            next.capacity);
        if (!report.feasible()) {
          continue;
        }
        if (report.blockingPairs().isEmpty()) {
          return new Outcome(attempt(instance, next, start), states);
        }
        if (node.depth() + 1 < maxDepth) {
          queue.add(new Node(next, report.blockingPairs(), node.depth() + 1, states));
        }
      }
    }
    return new Outcome(null, states);
  }

  /** The moves from a node; each is applied to a copy and is false if it exceeded its bound. */
  private static List<Predicate<LocalMarketState>> moves(MatchInstance instance, Node node) {
    LocalMarketState state = node.state();
    List<Predicate<LocalMarketState>> moves = new ArrayList<>();
    for (BlockingPair pair : node.blocking().subList(0,
        Math.min(PAIRS_PER_STATE, node.blocking().size()))) {
      moves.add(s -> s.satisfy(pair));
      if (pair.isCouple()) {
        int first = instance.coupleMember(pair.couple(), 0);
        int second = instance.coupleMember(pair.couple(), 1);
        addBreaksBelow(instance, state, pair.program(), first, moves);
        addBreaksBelow(instance, state, pair.secondProgram(), second, moves);
        addPulls(instance, state, pair.program(), first, moves);
        addPulls(instance, state, pair.secondProgram(), second, moves);
        addOwnBreak(state, first, moves);
        addOwnBreak(state, second, moves);
      } else {
        addBreaksBelow(instance, state, pair.program(), pair.applicant(), moves);
        addPulls(instance, state, pair.program(), pair.applicant(), moves);
        addForcedCouples(instance, state, pair.program(), pair.applicant(), moves);
        addOwnBreak(state, pair.applicant(), moves);
      }
    }
    return moves;
  }

  /**
   * Pulls towards the program: breaks of the seats of singles it ranks above {@code applicant}
   * who would fall to it next, so that it fills with someone better (best ranked first).
   */
  private static void addPulls(MatchInstance instance, LocalMarketState state, int program,
      int applicant, List<Predicate<LocalMarketState>> moves) {
    if (program == NONE) {
      return;
    }
    int[] list = instance.programRankList(program);
    int rank = LocalMarketState.rank(instance, program, applicant);
    int added = 0;
    for (int r = 0; r < rank && added < PULLS_PER_PROGRAM; r++) {
      int y = list[r];
      if (state.wouldFallTo(y, program)) {
        int from = state.programOf[y];
        moves.add(s -> s.breakSeat(y, from));
        added++;
      }
    }
  }

  /**
   * Couples with a member the program ranks above {@code applicant} who would rather be there:
   * each is forced into its first such pair (up to {@value #FORCED_PER_PROGRAM}, best ranked
   * member first), which would close the program to the applicant.
   */
  private static void addForcedCouples(MatchInstance instance, LocalMarketState state,
      int program, int applicant, List<Predicate<LocalMarketState>> moves) {
    int[] list = instance.programRankList(program);
    int rank = LocalMarketState.rank(instance, program, applicant);
    int added = 0;
    for (int r = 0; r < rank && added < FORCED_PER_PROGRAM; r++) {
      int member = list[r];
      int[] pairs = state.pairsAboveWith(member, program);
      if (pairs.length > 0 && state.programOf[member] != program) {
        int couple = instance.coupleOf(member);
        moves.add(s -> s.forcePair(couple, pairs[0]));
        added++;
      }
    }
  }

  /** Breaks of the seats at the program held by applicants it ranks below {@code applicant}. */
  private static void addBreaksBelow(MatchInstance instance, LocalMarketState state, int program,
      int applicant, List<Predicate<LocalMarketState>> moves) {
    if (program == NONE) {
      return;
    }
    int rank = LocalMarketState.rank(instance, program, applicant);
    long[] seats = state.seatsOf(program);
    int added = 0;
    for (int i = seats.length - 1; i >= 0 && added < BREAKS_PER_PROGRAM; i--) {
      if (LocalMarketState.seatRank(seats[i]) <= rank) {
        return;
      }
      int holder = LocalMarketState.seatApplicant(seats[i]);
      moves.add(s -> s.breakSeat(holder, program, rank));
      added++;
    }
  }

  private static void addOwnBreak(LocalMarketState state, int applicant,
      List<Predicate<LocalMarketState>> moves) {
    int program = state.programOf[applicant];
    if (program != NONE) {
      moves.add(s -> s.breakSeat(applicant, program));
    }
  }

  /** The held seats and capacity of every program that differs from the input: the matching. */
  private static List<Long> signature(LocalMarketState state, int[] baseCapacity) {
    List<Long> signature = new ArrayList<>();
    for (int program : state.touchedPrograms()) {
      if (state.asInBase(program, baseCapacity[program])) {
        continue;
      }
      signature.add(-1L - program);
      signature.add((long) state.capacity[program]);
      for (long seat : state.seatsOf(program)) {
        signature.add(seat);
      }
    }
    return signature;
  }

  /** The state as an attempt's outcome; the work counters are those of the input. */
  private static RothPeransonAttempt attempt(MatchInstance instance, LocalMarketState state,
      RothPeransonAttempt start) {
    return RothPeransonAttempt.of(instance, state.programOf.clone(), state.supplementalOf.clone(),
        state.capacity.clone(), start.proposals(), start.displacements());
  }
}
