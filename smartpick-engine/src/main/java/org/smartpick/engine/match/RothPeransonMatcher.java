package org.smartpick.engine.match;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The applicant-proposing Roth–Peranson algorithm used by the NRMP Main Residency Match since 1998
 * (A. E. Roth and E. Peranson, "The Redesign of the Matching Market for American Physicians",
 * American Economic Review 89(4), 1999, 748–780), with:
 * <ul>
 *   <li>programs with capacities and rank lists; a program only takes applicants it ranks;</li>
 *   <li>couples ranking program pairs (either side may be "no match"), matched only as a couple to
 *       the first pair on their list where both programs accept them; a displaced member makes the
 *       couple withdraw both places and move down its list;</li>
 *   <li>supplemental PGY-1 lists for applicants held by an advanced program (withdrawn if the
 *       advanced place is lost; the advanced place is kept if no PGY-1 is found);</li>
 *   <li>reversion of unfilled positions to a receiving program, repeated until nothing changes;</li>
 *   <li>a program stack: programs that regain a seat re-check applicants they rejected earlier.</li>
 * </ul>
 * Singles are processed first, then couples enter one at a time in a seeded order. With couples a
 * stable matching may not exist and the process may cycle: an agent displaced from the same entry
 * too often is frozen (no longer re-entered) and a proposal bound stops an attempt.
 *
 * <p>When an attempt ends unstable, the matcher first follows a <b>random path to stability</b>
 * from it (A. E. Roth and J. H. Vande Vate, "Random Paths to Stability in Two-Sided Matching",
 * Econometrica 58(6), 1990, 1475–1480): a blocking pair chosen by the seeded stream is satisfied
 * (its applicant or couple takes that place) and the market re-settles through the applicant and
 * program stacks with cycle detection reset; this repeats while blocking pairs remain, within a
 * budget of {@link RothPeransonOptions#randomPathSteps()} steps per match, and a path ends early
 * when it returns to a state with the same single blocking pair (no choice left, so a loop). With
 * couples convergence is not guaranteed; such satisfy-and-resettle heuristics are the kind used in
 * practice for hospitals/residents with couples (P. Biró, D. F. Manlove and I. McBride, "The
 * Hospitals/Residents Problem with Couples: Complexity and Integer Programming Models", SEA 2014,
 * LNCS 8504, 10–21, discuss heuristics and show the problem is NP-hard). If the path does not
 * reach stability, a bounded <b>local stabilization search</b> ({@link LocalStabilizer}: satisfy,
 * break-marriage, pull and force moves around the blocking pairs, each re-settled by the same
 * rules, at most {@link RothPeransonOptions#localSearchStates()} matchings judged by the checker,
 * {@value #SEARCH_DEPTH} moves deep) starts
 * from the attempt's best matching. If that finds nothing, the Match is run again with a new
 * seeded order of couples (and a path and a search from that attempt while budgets remain),
 * unless the attempt ended with the same blocking pairs as an earlier one: then reordering has
 * led back to the same motif and the restarts stop. The first stable matching is returned;
 * otherwise, after at most {@link RothPeransonOptions#maxRestarts()} restarts, the matching with
 * the fewest blocking pairs seen (earliest on ties, attempts and path states alike) is returned
 * with every blocking pair — unless the <b>exact stability search</b> ({@link ExactStabilizer}),
 * run once on that matching, finds a stable one: a SAT encoding of stability with couples
 * (Drummond, Perrault and Bacchus, IJCAI 2015) over regions grown around the blocking pairs
 * ({@value #EXACT_MAX_RADIUS} growth step, then the whole market, each only while it has at
 * most {@link RothPeransonOptions#exactSearchApplicants()} free applicants), with final
 * capacities by the reversion rule, solved by the project's {@link CdclSolver} within
 * {@link RothPeransonOptions#exactSearchConflicts()} conflicts; only a matching the checker
 * certifies replaces the result.
 * Stability is always decided by the independent {@link StabilityChecker}. Work is bounded: each
 * attempt and each path step has its own proposal bound.
 *
 * <p>Without couples, supplemental lists or reversions the result is the applicant-optimal stable
 * matching (Gale and Shapley 1962) and the algorithm is strategy-proof for applicants.
 *
 * <p>Running time per attempt: O(E + displacements × capacity + program re-checks × list length)
 * where E is the number of rank-list entries; without couples, supplemental lists or reversions it
 * is O(E × max capacity). The index is built once per call and shared by all attempts; all state
 * of an attempt is in flat int arrays, with no allocation per proposal (the local search copies
 * the seats of the programs a move touches). The counters in the result add up all
 * attempts and path steps. The searches run only after an unstable attempt (the exact one only
 * after everything else), so a market that is stable on the first attempt costs one attempt and
 * one check. Same instance and seed ⇒ same
 * result.
 * Thread-safe: the matcher holds only its immutable options.
 */
public final class RothPeransonMatcher implements Matcher {
  /** Moves from an attempt's matching that the local stabilization search may chain. */
  static final int SEARCH_DEPTH = 4;
  /** Growth steps of the exact search's region around the blocking pairs (then: everyone). */
  static final int EXACT_MAX_RADIUS = 1;
  /** Propagation budget of the exact search per conflict of its budget. */
  static final long EXACT_PROPAGATIONS_PER_CONFLICT = 1_000;
  private final RothPeransonOptions options;
  private final StabilityChecker checker = new StabilityChecker();

  public RothPeransonMatcher(RothPeransonOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  public RothPeransonOptions options() {
    return options;
  }

  @Override
  public MatchResult match(MatchInstance instance) {
    MarketIndex index = new MarketIndex(instance);
    SplittableRandom random = new SplittableRandom(options.seed());
    LocalStabilizer stabilizer = new LocalStabilizer(options.localSearchStates(), SEARCH_DEPTH);
    int[] coupleOrder = identity(instance.coupleCount());
    long proposals = 0;
    long displacements = 0;
    RothPeransonAttempt best = null;
    List<BlockingPair> bestBlocking = null;
    Set<List<BlockingPair>> attemptEnds = new HashSet<>();
    int restarts = 0;
    int pathSteps = 0;
    int searchStates = 0;
    for (int attempt = 0; attempt <= options.maxRestarts(); attempt++) {
      shuffle(coupleOrder, random);
      RothPeransonRun run = new RothPeransonRun(index, options);
      RothPeransonAttempt result = run.run(coupleOrder);
      List<BlockingPair> blocking = check(instance, result);
      RothPeransonAttempt attemptBest = result;
      List<BlockingPair> attemptBlocking = blocking;
      Set<List<BlockingPair>> seen = new HashSet<>();
      while (!blocking.isEmpty() && pathSteps < options.randomPathSteps()) {
        if (!seen.add(blocking) && blocking.size() == 1) {
          break; // the path is back where it was with no choice: a deterministic loop
        }
        result = run.satisfy(blocking.get(random.nextInt(blocking.size())));
        blocking = check(instance, result);
        pathSteps++;
        if (blocking.size() < attemptBlocking.size()) {
          attemptBest = result;
          attemptBlocking = blocking;
        }
      }
      // Counters are cumulative within a run: the last outcome holds the run's totals.
      proposals += result.proposals();
      displacements += result.displacements();
      restarts = attempt;
      if (best == null || attemptBlocking.size() < bestBlocking.size()) {
        best = attemptBest;
        bestBlocking = attemptBlocking;
      }
      if (bestBlocking.isEmpty() || !attemptEnds.add(attemptBlocking)) {
        break; // stable, or the same blocking pairs again: another order would not help either
      }
      if (options.localSearchStates() > 0) {
        LocalStabilizer.Outcome outcome = stabilizer.search(instance, attemptBest,
            attemptBlocking);
        searchStates += outcome.states();
        if (outcome.stable() != null) {
          best = outcome.stable();
          bestBlocking = List.of();
          break;
        }
      }
    }
    long exactConflicts = 0;
    if (!bestBlocking.isEmpty() && options.exactSearchConflicts() > 0) {
      ExactStabilizer.Outcome outcome = new ExactStabilizer(options.exactSearchConflicts(),
          options.exactSearchConflicts() * EXACT_PROPAGATIONS_PER_CONFLICT, EXACT_MAX_RADIUS,
          options.exactSearchApplicants()).search(instance, best, bestBlocking);
      exactConflicts = outcome.conflicts();
      if (outcome.stable() != null) {
        best = outcome.stable();
        bestBlocking = List.of();
      }
    }
    return new MatchResult(best.programOf(), best.supplementalProgramOf(), best.matchedRank(),
        best.finalCapacity(), best.filled(), proposals, displacements, restarts, searchStates,
        exactConflicts, bestBlocking);
  }

  private List<BlockingPair> check(MatchInstance instance, RothPeransonAttempt result) {
    return checker.check(instance, result.programOf(), result.supplementalProgramOf(),
        result.finalCapacity()).blockingPairs();
  }

  static int[] identity(int n) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    return order;
  }

  /** Fisher–Yates shuffle driven by the seeded stream. */
  static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
  }

  @Override
  public String toString() {
    return "RothPeransonMatcher" + options;
  }
}
