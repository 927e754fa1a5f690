package org.smartpick.engine.match;

/**
 * What one {@link RothPeransonRun} produced: the matching (per applicant, primary and
 * supplemental program; 1-based matched rank), per program final capacity and filled count, the
 * work done and whether a cycle was detected (an agent frozen, or the proposal bound reached).
 */
record RothPeransonAttempt(int[] programOf, int[] supplementalProgramOf, int[] matchedRank,
    int[] finalCapacity, int[] filled, long proposals, long displacements, boolean cycling) {
}
