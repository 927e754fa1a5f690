package org.smartpick.engine.match;

/**
 * What one {@link RothPeransonRun} produced: the matching (per applicant, primary and
 * supplemental program; 1-based matched rank), per program final capacity and filled count, the
 * work done and whether the attempt was stopped as cycling.
 */
record RothPeransonAttempt(int[] programOf, int[] supplementalProgramOf, int[] matchedRank,
    int[] finalCapacity, int[] filled, long proposals, long displacements, boolean cycling) {
}
