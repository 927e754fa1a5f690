package org.smartpick.engine.market;

import java.util.Arrays;
import org.smartpick.engine.match.MatchInstance;
import org.smartpick.engine.match.Track;

/**
 * Applicants' rank order lists by true preference: every program that interviewed them, primary
 * specialty first, then by utility (ranking honestly is optimal under applicant-proposing
 * deferred acceptance). Couples rank pairs of their interview programs within
 * {@code coupleDistanceKm} of each other by summed preference, then pairs where one partner goes
 * unmatched, up to {@code maxCouplePairs} pairs; when the list is full, joint pairs give way so that
 * every one-partner-unmatched pair stays on it (a couple's backup against both going unmatched). An applicant (single or couple member) whose list
 * holds an advanced (PGY-2) program also gets a supplemental list: their PGY-1-only interviews in
 * preference order, which the Match uses once they hold an advanced position (they stay on the
 * primary list too, after the specialty's programs, as a PGY-1 year rather than none).
 *
 * <p>Running time O(k log k) per single and O(k² log k) per couple for k interviews. Stateless.
 */
final class RankOrderLists {
  /** Preference penalty that puts pairs with an unmatched partner after all joint pairs. */
  private static final double UNMATCHED_SIDE = 1e6;

  private final MarketFrame frame;
  private final MarketParameters p;

  RankOrderLists(MarketFrame frame, MarketParameters p) {
    this.frame = frame;
    this.p = p;
  }

  /** Interviewed entries of one applicant, most preferred first. */
  static int[] preferredEntries(Applications apps, int i) {
    int from = apps.offset[i];
    int to = apps.offset[i + 1];
    double[] keys = new double[to - from];
    int count = 0;
    for (int e = from; e < to; e++) {
      boolean interviewed = apps.has(e, Applications.INTERVIEWED);
      keys[e - from] = interviewed ? apps.preference(e) : Double.NEGATIVE_INFINITY;
      count += interviewed ? 1 : 0;
    }
    return TopK.indices(keys, count, from);
  }

  /** A single applicant's list of program indices. */
  static int[] single(Applications apps, int i) {
    return Arrays.stream(preferredEntries(apps, i)).map(e -> apps.program[e]).toArray();
  }

  /**
   * The applicant's supplemental PGY-1 list: their PGY-1-only interviews in preference order when
   * {@code primary} (program indices) holds an advanced program, else empty.
   */
  int[] supplemental(Applications apps, int i, int[] primary) {
    boolean advanced = false;
    for (int j : primary) {
      advanced |= frame.track(j) == Track.ADVANCED;
    }
    if (!advanced) {
      return new int[0];
    }
    return Arrays.stream(preferredEntries(apps, i)).map(e -> apps.program[e])
        .filter(j -> frame.track(j) == Track.PGY1).toArray();
  }

  /** A couple's flattened list of (first member's program, second member's program) pairs. */
  int[] couple(Applications apps, int a, int b) {
    int[] la = preferredEntries(apps, a);
    int[] lb = preferredEntries(apps, b);
    int joint = la.length * lb.length;
    double[] keys = new double[joint + la.length + lb.length];
    int[] first = new int[keys.length];
    int[] second = new int[keys.length];
    int n = 0;
    for (int ea : la) {
      for (int eb : lb) {
        int pa = apps.program[ea];
        int pb = apps.program[eb];
        double km = frame.program(pa).location().kilometresTo(frame.program(pb).location());
        keys[n] = km <= p.coupleDistanceKm()
            ? apps.preference(ea) + apps.preference(eb)
            : Double.NEGATIVE_INFINITY;
        first[n] = pa;
        second[n++] = pb;
      }
    }
    for (int ea : la) {
      keys[n] = apps.preference(ea) - UNMATCHED_SIDE;
      first[n] = apps.program[ea];
      second[n++] = MatchInstance.NONE;
    }
    for (int eb : lb) {
      keys[n] = apps.preference(eb) - UNMATCHED_SIDE;
      first[n] = MatchInstance.NONE;
      second[n++] = apps.program[eb];
    }
    int oneSided = la.length + lb.length;
    int usableJoint = 0;
    for (int k = 0; k < joint; k++) {
      usableJoint += keys[k] > Double.NEGATIVE_INFINITY ? 1 : 0;
    }
    int keepJoint = Math.min(usableJoint, Math.max(0, p.maxCouplePairs() - oneSided));
    int keepOneSided = Math.min(oneSided, p.maxCouplePairs() - keepJoint);
    int[] best = TopK.indices(keys, joint, keepJoint, 0);
    int[] backups = TopK.indices(Arrays.copyOfRange(keys, joint, keys.length), keepOneSided,
        joint);
    int[] order = Arrays.copyOf(best, best.length + backups.length);
    System.arraycopy(backups, 0, order, best.length, backups.length);
    int[] pairs = new int[2 * order.length];
    for (int k = 0; k < order.length; k++) {
      pairs[2 * k] = first[order[k]];
      pairs[2 * k + 1] = second[order[k]];
    }
    return pairs;
  }
}
