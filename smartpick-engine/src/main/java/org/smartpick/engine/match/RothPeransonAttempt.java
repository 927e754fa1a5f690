package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

/**
 * What one {@link RothPeransonRun} produced: the matching (per applicant, primary and
 * supplemental program; 1-based matched rank), per program final capacity and filled count, the
 * work done and whether a cycle was detected (an agent frozen, or the proposal bound reached).
 */
record RothPeransonAttempt(int[] programOf, int[] supplementalProgramOf, int[] matchedRank,
    int[] finalCapacity, int[] filled, long proposals, long displacements, boolean cycling) {

  /**
   * A matching found by a search (not cycling), with matched ranks and filled counts derived from
   * the assignments; the arrays are taken, not copied. O(E) for E rank-list entries.
   */
  static RothPeransonAttempt of(MatchInstance instance, int[] programOf, int[] supplementalOf,
      int[] finalCapacity, long proposals, long displacements) {
    int[] matchedRank = new int[instance.applicantCount()];
    for (int a = 0; a < matchedRank.length; a++) {
      int program = programOf[a];
      if (program != NONE && instance.coupleOf(a) == NONE) {
        matchedRank[a] = position(instance.applicantRankList(a), program) + 1;
      }
    }
    for (int c = 0; c < instance.coupleCount(); c++) {
      int first = instance.coupleMember(c, 0);
      int second = instance.coupleMember(c, 1);
      int[] pairs = instance.coupleRankList(c);
      for (int k = 0; k < pairs.length / 2; k++) {
        if (pairs[2 * k] == programOf[first] && pairs[2 * k + 1] == programOf[second]
            && (pairs[2 * k] != NONE || pairs[2 * k + 1] != NONE)) {
          matchedRank[first] = pairs[2 * k] == NONE ? 0 : k + 1;
          matchedRank[second] = pairs[2 * k + 1] == NONE ? 0 : k + 1;
          break;
        }
      }
    }
    int[] filled = new int[instance.programCount()];
    for (int a = 0; a < matchedRank.length; a++) {
      if (programOf[a] != NONE) {
        filled[programOf[a]]++;
      }
      if (supplementalOf[a] != NONE) {
        filled[supplementalOf[a]]++;
      }
    }
    return new RothPeransonAttempt(programOf, supplementalOf, matchedRank, finalCapacity, filled,
        proposals, displacements, false);
  }

  private static int position(int[] list, int program) {
    for (int i = 0; i < list.length; i++) {
      if (list[i] == program) {
        return i;
      }
    }
    return -1;
  }
}
