package org.smartpick.engine.match;

import java.util.List;

/**
 * What {@link StabilityChecker} found in one matching.
 *
 * @param blockingPairs every blocking pair, singles and supplemental first (by applicant), then
 *     couples (by couple), each in list order
 * @param violations feasibility problems in words, with the ids involved (empty when feasible)
 */
public record StabilityReport(List<BlockingPair> blockingPairs, List<String> violations) {

  public StabilityReport {
    blockingPairs = List.copyOf(blockingPairs);
    violations = List.copyOf(violations);
  }

  /** No capacity, rank-list or pairing rule is broken. */
  public boolean feasible() {
    return violations.isEmpty();
  }

  /** Feasible and without blocking pairs. */
  public boolean stable() {
    return feasible() && blockingPairs.isEmpty();
  }
}
