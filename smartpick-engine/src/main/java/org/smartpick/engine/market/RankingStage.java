package org.smartpick.engine.market;

import java.util.SplittableRandom;

/**
 * Programs' rank scores and rank lists. The rank score of an interviewed applicant is
 * {@code r = wInterview·Ĩ + wHomeRotation·P + wLetters·L + wBackchannel·B + wScores·S̃ + wResearch·R̃
 * + rankNoise·ε}, where {@code Ĩ} is interview-day performance (skill plus noise), {@code P} the
 * reliability seen on a rotation or at the home program (0 when there was no such contact),
 * {@code B} all backchannel effects at the program, and the tildes are standardised within the
 * specialty. Programs rank every interviewee whose score reaches {@code doNotRankBelow}.
 *
 * <p>Running time O(E log E). Stateless; thread-safe.
 */
final class RankingStage {
  private final MarketFrame frame;
  private final MarketParameters p;

  RankingStage(MarketFrame frame, MarketParameters p) {
    this.frame = frame;
    this.p = p;
  }

  // Interview-day performance: the applicant's skill plus the day's noise.
  double interviewDay(ApplicantPool pool, int i, SplittableRandom random) {
    return Draws.normal(random, pool.interviewSkill[i], p.interviewNoise());
  }

  // Home or rotation performance: reliability seen up close, else no information (0).
  double homeRotation(ApplicantPool pool, int i, Applications apps, int e, SplittableRandom random) {
    boolean seen = apps.has(e, Applications.HOME) || apps.has(e, Applications.ROTATION);
    return seen ? Draws.normal(random, pool.reliability[i], p.rotationNoise()) : 0;
  }

  /** The program's rank score of an interviewee, given interview-day performance. */
  double rankScore(ApplicantPool pool, int i, Applications apps, int e, double interviewDay,
      SplittableRandom random) {
    SpecialtyFrame s = frame.specialties().get(frame.specialtyOf(apps.program[e]));
    return p.wInterview() * interviewDay
        + p.wHomeRotation() * homeRotation(pool, i, apps, e, random)
        + p.wLetters() * pool.letters[i]
        + p.wBackchannel() * (apps.effectBefore[e] + apps.effectAfter[e])
        + p.wScores() * Standardizer.step2(pool.step2[i], s, p)
        + p.wResearch() * Standardizer.research(pool.research[i], s, p)
        + Draws.normal(random, 0, p.rankNoise());
  }

  /** Each program's rank list: interviewees scoring at least doNotRankBelow, best first. */
  int[][] rankLists(Applications apps, int[] owner) {
    int[][] byProgram = apps.byProgram(frame.programCount());
    int[][] lists = new int[frame.programCount()][];
    for (int j = 0; j < lists.length; j++) {
      int from = byProgram[0][j];
      int to = byProgram[0][j + 1];
      long[] packed = new long[to - from];
      int n = 0;
      for (int k = from; k < to; k++) {
        int e = byProgram[1][k];
        if (apps.has(e, Applications.INTERVIEWED) && apps.rankScore[e] >= p.doNotRankBelow()) {
          packed[n++] = ((long) TopK.sortable(-apps.rankScore[e]) << 32) | e;
        }
      }
      java.util.Arrays.sort(packed, 0, n);
      lists[j] = new int[n];
      for (int r = 0; r < n; r++) {
        lists[j][r] = owner[(int) packed[r]];
      }
    }
    return lists;
  }
}
