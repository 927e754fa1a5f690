package org.smartpick.engine.match;

/**
 * Configuration of {@link RothPeransonMatcher}. Immutable and validated on construction; the
 * message names the bad value.
 *
 * @param seed seeds the order in which couples enter and every reordering after a restart; the
 *     same seed on the same instance gives the same result
 * @param maxRestarts how many times the couples may be reordered and the Match run again after a
 *     cycle was detected or the result was unstable ({@code 0} or more); restarts stop early when
 *     an attempt ends with the same blocking pairs as an earlier one
 * @param stepsPerRankListEntry bound on proposals in one attempt, as a multiple of the instance's
 *     rank-list entries (at least 1); exceeding it counts as a cycle
 * @param repeatedDisplacementLimit how often one applicant (or couple) may be displaced from the
 *     same list entry in one attempt before the attempt is treated as cycling (at least 1;
 *     counts saturate at 32,767, so larger limits leave only the proposal bound)
 * @param randomPathSteps how many blocking pairs may be satisfied in all, one at a time and chosen
 *     by the seeded stream, on paths from unstable attempts (random paths to stability, Roth and
 *     Vande Vate 1990); {@code 0} disables them. Each step is bounded like an attempt.
 * @param localSearchStates how many matchings the local stabilization search
 *     ({@link LocalStabilizer}) may evaluate after an attempt that ended unstable with blocking
 *     pairs not seen before; {@code 0} disables it. Each costs one stability check.
 * @param exactSearchConflicts budget, in SAT solver conflicts, of the exact stability search
 *     ({@link ExactStabilizer}) run once when every attempt, path and local search has ended
 *     unstable; {@code 0} disables it. Deterministic (never wall clock).
 * @param exactSearchApplicants largest region, in free applicants, the exact search encodes
 *     (at least 1); the whole market is tried when it has at most this many applicants, so a
 *     limit of at least the applicant count makes the search complete within its conflict
 *     budget (at the cost of an encoding of the whole market)
 */
public record RothPeransonOptions(long seed, int maxRestarts, int stepsPerRankListEntry,
    int repeatedDisplacementLimit, int randomPathSteps, int localSearchStates,
    long exactSearchConflicts, int exactSearchApplicants) {

  /** Default number of restarts. */
  public static final int DEFAULT_MAX_RESTARTS = 20;
  /** Default proposal bound per rank-list entry. */
  public static final int DEFAULT_STEPS_PER_RANK_LIST_ENTRY = 20;
  /** Default limit on displacements from the same entry. */
  public static final int DEFAULT_REPEATED_DISPLACEMENT_LIMIT = 8;
  /** Default budget of random-path steps per match. */
  public static final int DEFAULT_RANDOM_PATH_STEPS = 40;
  /** Default budget of matchings evaluated by the local stabilization search per attempt. */
  public static final int DEFAULT_LOCAL_SEARCH_STATES = 60;
  /** Default budget of the exact stability search, in solver conflicts per match. */
  public static final long DEFAULT_EXACT_SEARCH_CONFLICTS = 200_000;
  /**
   * Default largest region of the exact search, in free applicants: more than any national
   * market, so by default the search ends with the whole market and is complete within its
   * conflict budget (a national market that needs it costs about a minute, once).
   */
  public static final int DEFAULT_EXACT_SEARCH_APPLICANTS = 100_000;

  /** The options with the default budgets of random-path steps and local search. */
  public RothPeransonOptions(long seed, int maxRestarts, int stepsPerRankListEntry,
      int repeatedDisplacementLimit) {
    this(seed, maxRestarts, stepsPerRankListEntry, repeatedDisplacementLimit,
        DEFAULT_RANDOM_PATH_STEPS);
  }

  /** The options with the default budget of local search. */
  public RothPeransonOptions(long seed, int maxRestarts, int stepsPerRankListEntry,
      int repeatedDisplacementLimit, int randomPathSteps) {
    this(seed, maxRestarts, stepsPerRankListEntry, repeatedDisplacementLimit, randomPathSteps,
        DEFAULT_LOCAL_SEARCH_STATES);
  }

  /** The options with the default budget of exact search. */
  public RothPeransonOptions(long seed, int maxRestarts, int stepsPerRankListEntry,
      int repeatedDisplacementLimit, int randomPathSteps, int localSearchStates) {
    this(seed, maxRestarts, stepsPerRankListEntry, repeatedDisplacementLimit, randomPathSteps,
        localSearchStates, DEFAULT_EXACT_SEARCH_CONFLICTS, DEFAULT_EXACT_SEARCH_APPLICANTS);
  }

  public RothPeransonOptions {
    if (maxRestarts < 0) {
      throw new IllegalArgumentException("maxRestarts must be 0 or more, was " + maxRestarts);
    }
    if (stepsPerRankListEntry < 1) {
      throw new IllegalArgumentException("stepsPerRankListEntry must be at least 1, was "
          + stepsPerRankListEntry);
    }
    if (repeatedDisplacementLimit < 1) {
      throw new IllegalArgumentException("repeatedDisplacementLimit must be at least 1, was "
          + repeatedDisplacementLimit);
    }
    if (randomPathSteps < 0) {
      throw new IllegalArgumentException("randomPathSteps must be 0 or more, was "
          + randomPathSteps);
    }
    if (localSearchStates < 0) {
      throw new IllegalArgumentException("localSearchStates must be 0 or more, was "
          + localSearchStates);
    }
    if (exactSearchConflicts < 0) {
      throw new IllegalArgumentException("exactSearchConflicts must be 0 or more, was "
          + exactSearchConflicts);
    }
    if (exactSearchApplicants < 1) {
      throw new IllegalArgumentException("exactSearchApplicants must be at least 1, was "
          + exactSearchApplicants);
    }
  }

  /** The defaults with the given seed. */
  public static RothPeransonOptions withSeed(long seed) {
    return new RothPeransonOptions(seed, DEFAULT_MAX_RESTARTS, DEFAULT_STEPS_PER_RANK_LIST_ENTRY,
        DEFAULT_REPEATED_DISPLACEMENT_LIMIT);
  }

  /** A copy with another restart limit. */
  public RothPeransonOptions withMaxRestarts(int restarts) {
    return new RothPeransonOptions(seed, restarts, stepsPerRankListEntry, repeatedDisplacementLimit,
        randomPathSteps, localSearchStates, exactSearchConflicts, exactSearchApplicants);
  }

  /** A copy with another budget of random-path steps. */
  public RothPeransonOptions withRandomPathSteps(int steps) {
    return new RothPeransonOptions(seed, maxRestarts, stepsPerRankListEntry,
        repeatedDisplacementLimit, steps, localSearchStates, exactSearchConflicts,
        exactSearchApplicants);
  }

  /** A copy with another budget of local search. */
  public RothPeransonOptions withLocalSearchStates(int states) {
    return new RothPeransonOptions(seed, maxRestarts, stepsPerRankListEntry,
        repeatedDisplacementLimit, randomPathSteps, states, exactSearchConflicts,
        exactSearchApplicants);
  }

  /** A copy with another budget of exact search ({@code 0}: none). */
  public RothPeransonOptions withExactSearchConflicts(long conflicts) {
    return new RothPeransonOptions(seed, maxRestarts, stepsPerRankListEntry,
        repeatedDisplacementLimit, randomPathSteps, localSearchStates, conflicts,
        exactSearchApplicants);
  }

  /** A copy with another largest region of exact search, in free applicants. */
  public RothPeransonOptions withExactSearchApplicants(int applicants) {
    return new RothPeransonOptions(seed, maxRestarts, stepsPerRankListEntry,
        repeatedDisplacementLimit, randomPathSteps, localSearchStates, exactSearchConflicts,
        applicants);
  }
}
