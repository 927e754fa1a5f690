package org.smartpick.engine.match;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one Match: each applicant's program (or none), the rank at which they matched,
 * each program's final capacity (after reversions) and filled count, the work counters, and the
 * stability verdict with every blocking pair found by an independent check.
 *
 * <p>Immutable. Arrays returned by accessors are the result's own: do not modify.
 */
public final class MatchResult {
  private final int[] programOf;
  private final int[] supplementalProgramOf;
  private final int[] matchedRank;
  private final int[] finalCapacity;
  private final int[] filled;
  private final long proposals;
  private final long displacements;
  private final int restarts;
  private final int searchStates;
  private final long exactSearchConflicts;
  private final List<BlockingPair> blockingPairs;

  /**
   * @param programOf per applicant, the program matched on the primary list (for couples: the
   *     member's side of the matched pair), or {@link MatchInstance#NONE}
   * @param supplementalProgramOf per applicant, the PGY-1 program matched from the supplemental
   *     list after an advanced match, or {@link MatchInstance#NONE}
   * @param matchedRank per applicant, the 1-based position on the list where they matched (for
   *     couple members, the position of the couple's pair), or 0 when unmatched
   * @param finalCapacity per program, positions after reversions
   * @param filled per program, positions filled (primary and supplemental matches)
   * @param proposals proposals made by applicants and couples
   * @param displacements tentative assignments withdrawn because a better applicant arrived
   * @param restarts restarts with a reordered couple sequence after a cycle was detected
   * @param blockingPairs every blocking pair of the returned matching (empty when stable)
   */
  public MatchResult(int[] programOf, int[] supplementalProgramOf, int[] matchedRank,
      int[] finalCapacity, int[] filled, long proposals, long displacements, int restarts,
      List<BlockingPair> blockingPairs) {
    this(programOf, supplementalProgramOf, matchedRank, finalCapacity, filled, proposals,
        displacements, restarts, 0, blockingPairs);
  }

  /**
   * As above, with {@code searchStates} matchings evaluated by a local stabilization search
   * after unstable attempts.
   */
  public MatchResult(int[] programOf, int[] supplementalProgramOf, int[] matchedRank,
      int[] finalCapacity, int[] filled, long proposals, long displacements, int restarts,
      int searchStates, List<BlockingPair> blockingPairs) {
    this(programOf, supplementalProgramOf, matchedRank, finalCapacity, filled, proposals,
        displacements, restarts, searchStates, 0, blockingPairs);
  }

  /**
   * As above, with {@code exactSearchConflicts} SAT solver conflicts spent by the exact
   * stability search after every other step ended unstable.
   */
  public MatchResult(int[] programOf, int[] supplementalProgramOf, int[] matchedRank,
      int[] finalCapacity, int[] filled, long proposals, long displacements, int restarts,
      int searchStates, long exactSearchConflicts, List<BlockingPair> blockingPairs) {
    this.programOf = Objects.requireNonNull(programOf, "programOf");
    this.supplementalProgramOf = Objects.requireNonNull(supplementalProgramOf, "supplementalProgramOf");
    this.matchedRank = Objects.requireNonNull(matchedRank, "matchedRank");
    this.finalCapacity = Objects.requireNonNull(finalCapacity, "finalCapacity");
    this.filled = Objects.requireNonNull(filled, "filled");
    if (supplementalProgramOf.length != programOf.length || matchedRank.length != programOf.length) {
      throw new IllegalArgumentException("per-applicant arrays differ in length");
    }
    if (finalCapacity.length != filled.length) {
      throw new IllegalArgumentException("per-program arrays differ in length");
    }
    this.proposals = proposals;
    this.displacements = displacements;
    this.restarts = restarts;
    this.searchStates = searchStates;
    this.exactSearchConflicts = exactSearchConflicts;
    this.blockingPairs = List.copyOf(blockingPairs);
  }

  /** The applicant's program on the primary list, or {@link MatchInstance#NONE}. */
  public int programOf(int applicant) {
    return programOf[applicant];
  }

  /** The applicant's supplemental PGY-1 program, or {@link MatchInstance#NONE}. */
  public int supplementalProgramOf(int applicant) {
    return supplementalProgramOf[applicant];
  }

  /** 1-based rank at which the applicant matched on the primary list, 0 when unmatched. */
  public int matchedRank(int applicant) {
    return matchedRank[applicant];
  }

  public int finalCapacity(int program) {
    return finalCapacity[program];
  }

  public int filled(int program) {
    return filled[program];
  }

  public int unfilled(int program) {
    return finalCapacity[program] - filled[program];
  }

  public int applicantCount() {
    return programOf.length;
  }

  public int programCount() {
    return filled.length;
  }

  /** Applicants matched on their primary list. */
  public int matchedCount() {
    int count = 0;
    for (int p : programOf) {
      if (p != MatchInstance.NONE) {
        count++;
      }
    }
    return count;
  }

  public long proposals() {
    return proposals;
  }

  public long displacements() {
    return displacements;
  }

  public int restarts() {
    return restarts;
  }

  /** Matchings evaluated by the local stabilization search (0 when every attempt was stable). */
  public int searchStates() {
    return searchStates;
  }

  /**
   * Conflicts of the SAT solver in the exact stability search: 0 when it did not run (the
   * result was stable before it, or it was disabled) or when it needed no conflict (unit
   * propagation alone settled every region).
   */
  public long exactSearchConflicts() {
    return exactSearchConflicts;
  }

  public boolean stable() {
    return blockingPairs.isEmpty();
  }

  public List<BlockingPair> blockingPairs() {
    return blockingPairs;
  }
}
