package org.smartpick.bench;

import org.smartpick.engine.match.MatchInstance;

/**
 * The floor of the Match benchmarks: one plain sequential pass over every rank-list entry of an
 * instance (program lists, primary and supplemental lists, couples' pairs), the least work any
 * Match must do. Time O(E) for E rank-list entries.
 */
final class RankListFloor {

  private RankListFloor() {
  }

  /** Reads every rank-list entry once, in order; returns their sum so the reads are kept. */
  static long onePass(MatchInstance instance) {
    long sum = 0;
    for (int p = 0; p < instance.programCount(); p++) {
      for (int a : instance.programRankList(p)) {
        sum += a;
      }
    }
    for (int a = 0; a < instance.applicantCount(); a++) {
      for (int p : instance.applicantRankList(a)) {
        sum += p;
      }
      for (int p : instance.supplementalList(a)) {
        sum += p;
      }
    }
    for (int c = 0; c < instance.coupleCount(); c++) {
      for (int p : instance.coupleRankList(c)) {
        sum += p;
      }
    }
    return sum;
  }
}
