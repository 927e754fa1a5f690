package org.smartpick.engine.market;

/**
 * Interviews: each applicant attends at most {@code maxInterviews} of their invitations, primary
 * specialty first, then in order of their own preference. Running time O(E log E) for E
 * applications. Stateless; thread-safe.
 */
final class InterviewStage {
  private InterviewStage() {
  }

  // Attend the most preferred invitations (primary specialty first), up to the cap.
  static void attend(Applications apps, int applicants, int maxInterviews) {
    for (int i = 0; i < applicants; i++) {
      int from = apps.offset[i];
      int to = apps.offset[i + 1];
      double[] keys = new double[to - from];
      int invited = 0;
      for (int e = from; e < to; e++) {
        keys[e - from] = apps.has(e, Applications.INVITED)
            ? preferenceKey(apps, e) : Double.NEGATIVE_INFINITY;
        invited += apps.has(e, Applications.INVITED) ? 1 : 0;
      }
      for (int e : TopK.indices(keys, Math.min(invited, maxInterviews), from)) {
        apps.status[e] |= Applications.INTERVIEWED;
      }
    }
  }

  /** The applicant's order over their applications: primary specialty first, then utility. */
  static double preferenceKey(Applications apps, int e) {
    return apps.utility[e] - (apps.has(e, Applications.BACKUP) ? 1000 : 0);
  }
}
