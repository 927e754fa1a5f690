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
 * stable matching may not exist and the process may cycle: an attempt is stopped when an applicant
 * is displaced from the same entry too often or a proposal bound is reached, and the Match is run
 * again with a new seeded order of couples. The first stable result is returned; if none is found
 * within {@link RothPeransonOptions#maxRestarts()} restarts, the attempt with the fewest blocking
 * pairs (earliest on ties) is returned with its blocking pairs. Stability is always decided by the
 * independent {@link StabilityChecker}.
 *
 * <p>Without couples, supplemental lists or reversions the result is the applicant-optimal stable
 * matching (Gale and Shapley 1962) and the algorithm is strategy-proof for applicants.
 *
 * <p>Running time per attempt: O(E + displacements × capacity + program re-checks × list length)
 * where E is the number of rank-list entries; without couples, supplemental lists or reversions it
 * is O(E × max capacity). All state is in flat int arrays built per call; no allocation per
 * proposal. The counters in the result add up all attempts. Same instance and seed ⇒ same result.
 * Thread-safe: the matcher holds only its immutable options.
 */
public final class RothPeransonMatcher implements Matcher {
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
    int[] coupleOrder = identity(instance.coupleCount());
    long proposals = 0;
    long displacements = 0;
    RothPeransonAttempt best = null;
    List<BlockingPair> bestBlocking = null;
    int restarts = 0;
    int pathSteps = 0;
    for (int attempt = 0; attempt <= options.maxRestarts(); attempt++) {
      shuffle(coupleOrder, random);
      RothPeransonRun run = new RothPeransonRun(index, options);
      RothPeransonAttempt result = run.run(coupleOrder);
      List<BlockingPair> blocking = check(instance, result);
      if (best == null || blocking.size() < bestBlocking.size()) {
        best = result;
        bestBlocking = blocking;
      }
      Set<List<BlockingPair>> seen = new HashSet<>();
      while (!blocking.isEmpty() && pathSteps < options.randomPathSteps()) {
        if (!seen.add(blocking) && blocking.size() == 1) {
          break; // the path is back where it was with no choice: a deterministic loop
        }
        result = run.satisfy(blocking.get(random.nextInt(blocking.size())));
        blocking = check(instance, result);
        pathSteps++;
        if (blocking.size() < bestBlocking.size()) {
          best = result;
          bestBlocking = blocking;
        }
      }
      // Counters are cumulative within a run: the last outcome holds the run's totals.
      proposals += result.proposals();
      displacements += result.displacements();
      restarts = attempt;
      if (bestBlocking.isEmpty()) {
        break;
      }
    }
    return new MatchResult(best.programOf(), best.supplementalProgramOf(), best.matchedRank(),
        best.finalCapacity(), best.filled(), proposals, displacements, restarts, bestBlocking);
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
