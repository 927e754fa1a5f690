package org.smartpick.engine.market;

import java.util.Arrays;

/**
 * Interview invitations and attendance in rounds, as programs work down their waitlists: in each
 * round every program invites its next not-yet-invited files in review order
 * ({@link Applications#reviewKey}: first-stage signalled files, then the rest, each by file score;
 * files screened out skipped) up to its open interview slots; then each applicant accepts new invitations in
 * order of preference (primary specialty first) while they have fewer than {@code maxInterviews}
 * interviews, declining the rest. Slots an applicant declines are offered again next round.
 *
 * <p>A program's invitation threshold is the lowest review key it invited; −∞ when it invited every
 * file it did not screen out (then any such file would have been invited).
 *
 * <p>Running time O(E log E + rounds × E). Stateless; thread-safe.
 */
final class InvitationRounds {
  private InvitationRounds() {
  }

  /** Runs the rounds; returns each program's invitation threshold. */
  static double[] run(Applications apps, int applicants, int[] slots,
      int maxInterviews, int rounds) {
    int programs = slots.length;
    int[][] byProgram = apps.byProgram(programs);
    int[][] waitlist = new int[programs][];
    for (int j = 0; j < programs; j++) {
      waitlist[j] = waitlist(apps, byProgram[1], byProgram[0][j], byProgram[0][j + 1]);
    }
    int[] nextOnList = new int[programs];
    int[] attending = new int[programs];
    int[] interviews = new int[applicants];
    for (int round = 0; round < rounds; round++) {
      boolean[] offered = new boolean[apps.count()];
      for (int j = 0; j < programs; j++) {
        int open = slots[j] - attending[j];
        while (open-- > 0 && nextOnList[j] < waitlist[j].length) {
          int e = waitlist[j][nextOnList[j]++];
          apps.status[e] |= Applications.INVITED;
          offered[e] = true;
        }
      }
      for (int i = 0; i < applicants; i++) {
        accept(apps, i, offered, interviews, attending, maxInterviews);
      }
    }
    double[] threshold = new double[programs];
    for (int j = 0; j < programs; j++) {
      threshold[j] = nextOnList[j] == waitlist[j].length ? Double.NEGATIVE_INFINITY
          : apps.reviewKey(waitlist[j][nextOnList[j] - 1]);
    }
    return threshold;
  }

  // A program's waitlist: files not screened out, in review order.
  private static int[] waitlist(Applications apps, int[] entries, int from, int to) {
    long[] packed = new long[to - from];
    int n = 0;
    for (int k = from; k < to; k++) {
      int e = entries[k];
      if (!apps.has(e, Applications.SCREENED_OUT)) {
        packed[n++] = ((long) TopK.sortable(-apps.reviewKey(e)) << 32) | e;
      }
    }
    Arrays.sort(packed, 0, n);
    int[] list = new int[n];
    for (int r = 0; r < n; r++) {
      list[r] = (int) packed[r];
    }
    return list;
  }

  // The applicant accepts this round's offers in preference order while under the cap.
  private static void accept(Applications apps, int i, boolean[] offered, int[] interviews,
      int[] attending, int maxInterviews) {
    int from = apps.offset[i];
    int to = apps.offset[i + 1];
    int count = 0;
    for (int e = from; e < to; e++) {
      count += offered[e] ? 1 : 0;
    }
    if (count == 0 || interviews[i] >= maxInterviews) {
      return;
    }
    double[] keys = new double[to - from];
    for (int e = from; e < to; e++) {
      keys[e - from] = offered[e] ? apps.preference(e) : Double.NEGATIVE_INFINITY;
    }
    for (int e : TopK.indices(keys, count, from)) {
      if (interviews[i] >= maxInterviews) {
        return;
      }
      apps.status[e] |= Applications.INTERVIEWED;
      attending[apps.program[e]]++;
      interviews[i]++;
    }
  }
}
