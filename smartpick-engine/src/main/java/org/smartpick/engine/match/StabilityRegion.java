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
 * <p>Applicants whose supplemental PGY-1 list is in play — matched to an advanced program while
 * holding a supplemental list, or holding a supplemental place — are never free, and a free
 * applicant with a supplemental list is not offered advanced programs other than its current
 * one ({@link #offers(MatchInstance, int, int, int)}): the encoding has no supplemental step, and this keeps
 * every supplemental assignment as it is.
 *
 * <p>{@link #around} grows a region from the programs of blocking pairs: the <i>competitors</i>
 * of an open program are the applicants it ranks down to its acceptance threshold (the rank of
 * its worst holder when full, its whole list otherwise) — its holders and everyone it would take
 * — and each growth step opens the programs competitors rank at or above their current match
 * (for couples, either side of such a pair). After {@code radius} steps the competitors of the
 * open programs are the free applicants. Running time O(radius × (entries of the open programs'
 * lists + the competitors' lists)). Immutable.
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
  static StabilityRegion whole(MatchInstance instance, int[] programOf, int[] supplementalOf) {
    BitSet all = new BitSet();
    all.set(0, instance.applicantCount());
    BitSet free = freeOf(instance, programOf, supplementalOf, all);
    BitSet open = new BitSet();
    open.set(0, instance.programCount());
    return new StabilityRegion(free, open,
        free.cardinality() == instance.applicantCount());
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
      }
      agents = competitors(instance, programOf, supplementalOf, capacity, open);
    }
    BitSet free = freeOf(instance, programOf, supplementalOf, agents);
    boolean whole = free.cardinality() == instance.applicantCount()
        && open.cardinality() == instance.programCount();
    return new StabilityRegion(free, open, whole);
  }

  /** The agents that may move: singles, and couples whose two members may. */
  private static BitSet freeOf(MatchInstance instance, int[] programOf, int[] supplementalOf,
      BitSet agents) {
    BitSet free = new BitSet();
    for (int a = agents.nextSetBit(0); a >= 0; a = agents.nextSetBit(a + 1)) {
      int couple = instance.coupleOf(a);
      boolean movable = couple == NONE ? movable(instance, programOf, supplementalOf, a)
          : movable(instance, programOf, supplementalOf, instance.coupleMember(couple, 0))
          && movable(instance, programOf, supplementalOf, instance.coupleMember(couple, 1));
      if (movable) {
        free.set(a);
      }
    }
    return free;
  }

  /** Holders and would-be-accepted applicants of the open programs, with their partners. */
  private static BitSet competitors(MatchInstance instance, int[] programOf,
      int[] supplementalOf, int[] capacity, BitSet open) {
    BitSet agents = new BitSet();
    for (int p = open.nextSetBit(0); p >= 0; p = open.nextSetBit(p + 1)) {
      int[] list = instance.programRankList(p);
      int held = 0;
      for (int r = 0; r < list.length; r++) {
        int a = list[r];
        agents.set(a);
        int couple = instance.coupleOf(a);
        if (couple != NONE) {
          agents.set(instance.coupleMember(couple, 0));
          agents.set(instance.coupleMember(couple, 1));
        }
        if (programOf[a] == p || supplementalOf[a] == p) {
          held++;
        }
        if (held >= capacity[p]) {
          break; // the worst holder of a full program: it takes no one ranked lower
        }
      }
    }
    return agents;
  }

  /** Opens the programs the applicant (or its couple) ranks at or above its current match. */
  private static void openProgramsAtOrAbove(MatchInstance instance, int[] programOf, int a,
      BitSet open) {
    int couple = instance.coupleOf(a);
    if (couple == NONE) {
      for (int p : instance.applicantRankList(a)) {
        open.set(p);
        if (p == programOf[a]) {
          return;
        }
      }
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

  /** Whether the applicant's supplemental list is out of play, so it may be freed. */
  private static boolean movable(MatchInstance instance, int[] programOf, int[] supplementalOf,
      int a) {
    if (supplementalOf[a] != NONE) {
      return false;
    }
    return programOf[a] == NONE || instance.track(programOf[a]) != Track.ADVANCED
        || instance.supplementalList(a).length == 0;
  }

  boolean isFree(int applicant) {
    return free.get(applicant);
  }

  boolean isOpen(int program) {
    return program != NONE && open.get(program);
  }

  /**
   * Whether a free applicant currently at {@code current} may be placed at {@code program}: the
   * program is its current one, or it is open and not an advanced program for an applicant with
   * a supplemental list.
   */
  boolean offers(MatchInstance instance, int applicant, int program, int current) {
    if (program == current) {
      return true;
    }
    return isOpen(program) && (instance.track(program) != Track.ADVANCED
        || instance.supplementalList(applicant).length == 0);
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
