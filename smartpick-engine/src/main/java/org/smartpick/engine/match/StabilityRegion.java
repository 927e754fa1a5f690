package org.smartpick.engine.match;

import static org.smartpick.engine.match.MatchInstance.NONE;

import java.util.BitSet;
import java.util.Collection;

/**
 * The part of a market an exact stability search may change ({@link ExactStabilizer},
 * {@link StabilityEncoding}): <b>free</b> applicants, who may take any acceptable place at an
 * <b>open</b> program or keep their current one, and open programs, which free applicants may
 * enter. Everyone else keeps their assignment. A couple's members are free together or not at
 * all.
 *
 * <p>A free applicant's supplemental PGY-1 place (used while its primary place is advanced)
 * may likewise move to an open program on its supplemental list ({@link #offers(int, int)}).
 *
 * <p>{@link #around} grows a region from the programs of blocking pairs: the <i>competitors</i>
 * of an open program are the applicants it ranks down to its acceptance threshold (the rank of
 * its worst holder when full, its whole list otherwise) — its holders and everyone it would take
 * — and its waiting list, up to capacity applicants ranked below the threshold who would rather
 * be there; each growth step opens the programs competitors rank at or above their current match
 * (for couples, either side of such a pair; for applicants at advanced programs, also the
 * supplemental list down to their supplemental place). After {@code radius} steps the competitors of the
 * open programs are the free applicants. Running time O(radius × (entries of the open programs'
 * lists × the longest applicant or couple list)). Immutable.
 */
final class StabilityRegion {
  private final BitSet free;
  private final BitSet open;
  private final boolean wholeMarket;

  private StabilityRegion(BitSet free, BitSet open, boolean wholeMarket) {
    this.free = free;
    this.open = open;
    this.wholeMarket = wholeMarket;
  }

  /** Every applicant that may move is free and every program is open. */
  static StabilityRegion whole(MatchInstance instance) {
    BitSet free = new BitSet();
    free.set(0, instance.applicantCount());
    BitSet open = new BitSet();
    open.set(0, instance.programCount());
    return new StabilityRegion(free, open, true);
  }

  /**
   * The region grown {@code radius} steps from {@code seedPrograms} around the matching (see the
   * class comment); {@code capacity} is the matching's final capacity per program.
   */
  static StabilityRegion around(MatchInstance instance, int[] programOf, int[] supplementalOf,
      int[] capacity, Collection<Integer> seedPrograms, int radius) {
    BitSet open = new BitSet();
    for (int p : seedPrograms) {
      if (p != NONE) {
        open.set(p);
      }
    }
    BitSet agents = competitors(instance, programOf, supplementalOf, capacity, open);
    for (int step = 0; step < radius; step++) {
      for (int a = agents.nextSetBit(0); a >= 0; a = agents.nextSetBit(a + 1)) {
        openProgramsAtOrAbove(instance, programOf, a, open);
        if (programOf[a] != NONE && instance.track(programOf[a]) == Track.ADVANCED) {
          openAtOrAbove(instance.supplementalList(a), supplementalOf[a], open);
        }
      }
      agents = competitors(instance, programOf, supplementalOf, capacity, open);
    }
    BitSet free = freeOf(instance, agents);
    boolean whole = free.cardinality() == instance.applicantCount()
        && open.cardinality() == instance.programCount();
    return new StabilityRegion(free, open, whole);
  }

  /** The competitors with their partners: a couple is free only as a whole. */
  private static BitSet freeOf(MatchInstance instance, BitSet agents) {
    BitSet free = (BitSet) agents.clone();
    for (int a = agents.nextSetBit(0); a >= 0; a = agents.nextSetBit(a + 1)) {
      int couple = instance.coupleOf(a);
      if (couple != NONE) {
        free.set(instance.coupleMember(couple, 0));
        free.set(instance.coupleMember(couple, 1));
      }
    }
    return free;
  }

  /**
   * Holders and would-be-accepted applicants of the open programs, and their waiting lists: up
   * to capacity applicants ranked below the threshold who would rather be there (they take the
   * seats a leaving holder frees).
   */
  private static BitSet competitors(MatchInstance instance, int[] programOf,
      int[] supplementalOf, int[] capacity, BitSet open) {
    BitSet agents = new BitSet();
    for (int p = open.nextSetBit(0); p >= 0; p = open.nextSetBit(p + 1)) {
      int[] list = instance.programRankList(p);
      int held = 0;
      int waiting = 0;
      for (int r = 0; r < list.length && waiting < capacity[p]; r++) {
        int a = list[r];
        if (held < capacity[p]) {
          agents.set(a);
          if (programOf[a] == p || supplementalOf[a] == p) {
            held++; // once full, it takes no one ranked below its worst holder
          }
        } else if (prefers(instance, programOf, supplementalOf, a, p)) {
          agents.set(a);
          waiting++;
        }
      }
    }
    return agents;
  }

  /**
   * Whether the applicant ranks the program above its place: on its list (a single), on a pair
   * of its couple above the couple's pair, or on its supplemental list while at an advanced
   * program.
   */
  private static boolean prefers(MatchInstance instance, int[] programOf, int[] supplementalOf,
      int a, int p) {
    if (programOf[a] != NONE && instance.track(programOf[a]) == Track.ADVANCED
        && before(instance.supplementalList(a), p, supplementalOf[a])) {
      return true;
    }
    int couple = instance.coupleOf(a);
    if (couple == NONE) {
      return before(instance.applicantRankList(a), p, programOf[a]);
    }
    int first = instance.coupleMember(couple, 0);
    int second = instance.coupleMember(couple, 1);
    int which = a == first ? 0 : 1;
    int[] pairs = instance.coupleRankList(couple);
    for (int k = 0; k < pairs.length / 2; k++) {
      if (pairs[2 * k] == programOf[first] && pairs[2 * k + 1] == programOf[second]) {
        return false;
      }
      if (pairs[2 * k + which] == p) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code program} comes before {@code matched} on the list ({@code NONE}: the end). */
  private static boolean before(int[] list, int program, int matched) {
    for (int entry : list) {
      if (entry == matched) {
        return false;
      }
      if (entry == program) {
        return true;
      }
    }
    return false;
  }

  /** Opens the programs of the list down to {@code matched} ({@code NONE}: all of them). */
  private static void openAtOrAbove(int[] list, int matched, BitSet open) {
    for (int p : list) {
      open.set(p);
      if (p == matched) {
        return;
      }
    }
  }

  /** Opens the programs the applicant (or its couple) ranks at or above its current match. */
  private static void openProgramsAtOrAbove(MatchInstance instance, int[] programOf, int a,
      BitSet open) {
    int couple = instance.coupleOf(a);
    if (couple == NONE) {
      openAtOrAbove(instance.applicantRankList(a), programOf[a], open);
      return;
    }
    int first = instance.coupleMember(couple, 0);
    int second = instance.coupleMember(couple, 1);
    int[] pairs = instance.coupleRankList(couple);
    for (int k = 0; k < pairs.length / 2; k++) {
      if (pairs[2 * k] != NONE) {
        open.set(pairs[2 * k]);
      }
      if (pairs[2 * k + 1] != NONE) {
        open.set(pairs[2 * k + 1]);
      }
      if (pairs[2 * k] == programOf[first] && pairs[2 * k + 1] == programOf[second]) {
        return;
      }
    }
  }

  boolean isFree(int applicant) {
    return free.get(applicant);
  }

  boolean isOpen(int program) {
    return program != NONE && open.get(program);
  }

  /**
   * Whether a free applicant whose current place (primary or supplemental) is {@code current}
   * may be placed at {@code program}: it is its current one, or it is open.
   */
  boolean offers(int program, int current) {
    return program == current || isOpen(program);
  }

  int freeCount() {
    return free.cardinality();
  }

  int openCount() {
    return open.cardinality();
  }

  /** Every applicant is free and every program open. */
  boolean wholeMarket() {
    return wholeMarket;
  }

  /** Same free applicants and open programs. */
  boolean sameAs(StabilityRegion other) {
    return free.equals(other.free) && open.equals(other.open);
  }

  @Override
  public String toString() {
    return "StabilityRegion[free=" + freeCount() + ", open=" + openCount()
        + (wholeMarket ? ", whole market" : "") + "]";
  }
}
