package org.smartpick.engine.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartpick.engine.match.MatchInstance.NONE;

import org.junit.jupiter.api.Test;

/** Hand-made matchings with known blocking pairs and violations. */
class StabilityCheckerTest {
  private final StabilityChecker checker = new StabilityChecker();

  private static MatchInstance twoProgramsTwoSingles() {
    return new Market()
        .program("A", 1).program("B", 1)
        .singles("x", "y")
        .applicantRanks("x", "A", "B").applicantRanks("y", "A", "B")
        .programRanks("A", "x", "y").programRanks("B", "x", "y")
        .build();
  }

  @Test
  void singleWhoPrefersAProgramHoldingSomeoneWorseBlocks() {
    MatchInstance instance = twoProgramsTwoSingles();
    // y at A, x at B: x prefers A, and A ranks x above y.
    StabilityReport report = checker.check(instance, new int[] {1, 0}, new int[] {NONE, NONE},
        new int[] {1, 1});
    assertThat(report.feasible()).isTrue();
    assertThat(report.blockingPairs()).containsExactly(BlockingPair.single(0, 0));
    assertThat(report.stable()).isFalse();
  }

  @Test
  void unmatchedApplicantBlocksWithAnUnfilledSeat() {
    MatchInstance instance = twoProgramsTwoSingles();
    // x at A, y unmatched, B empty: y blocks with B only (A holds x, whom it prefers).
    StabilityReport report = checker.check(instance, new int[] {0, NONE}, new int[] {NONE, NONE},
        new int[] {1, 1});
    assertThat(report.blockingPairs()).containsExactly(BlockingPair.single(1, 1));
  }

  @Test
  void coupleBlocksOnlyWhenBothProgramsWouldAcceptAndSameProgramNeedsTwoSeats() {
    MatchInstance instance = new Market()
        .program("C", 2).program("D", 1)
        .singles("v").couple("mn", "m", "n")
        .applicantRanks("v", "C")
        .pairs("mn", "C", "C", "D", "-")
        .programRanks("C", "m", "v", "n").programRanks("D", "m")
        .build();
    int m = instance.applicantIndex("m");
    int n = instance.applicantIndex("n");
    int v = instance.applicantIndex("v");
    int[] programOf = new int[3];
    programOf[v] = 0;
    programOf[m] = 1;
    programOf[n] = NONE;
    int[] none = {NONE, NONE, NONE};
    // C holds v, ranked above n: one seat for two members: (C, C) does not block.
    assertThat(checker.check(instance, programOf, none, new int[] {2, 1}).blockingPairs()).isEmpty();
    // With v gone, both seats are free: the couple blocks with (C, C), v blocks with C.
    programOf[v] = NONE;
    assertThat(checker.check(instance, programOf, none, new int[] {2, 1}).blockingPairs())
        .containsExactly(BlockingPair.single(v, 0), BlockingPair.couple(0, 0, 0));
  }

  @Test
  void reportsCapacityRankListAndPairViolationsWithIds() {
    MatchInstance instance = new Market()
        .program("A", 1).program("B", 1).program("P", 1, Track.PGY1)
        .singles("x", "y").couple("mn", "m", "n")
        .applicantRanks("x", "A").applicantRanks("y", "A")
        .pairs("mn", "A", "B")
        .programRanks("A", "x", "m").programRanks("B", "n").programRanks("P", "y")
        .build();
    // x and y both at A (capacity 1); y is not ranked by A; the couple sits at (B, A), not on its
    // list; y has a supplemental place without an advanced match.
    int[] programOf = {0, 0, 1, 0};
    int[] supplemental = {NONE, 2, NONE, NONE};
    StabilityReport report = checker.check(instance, programOf, supplemental, new int[] {1, 1, 1});
    assertThat(report.feasible()).isFalse();
    assertThat(report.violations()).anyMatch(v -> v.contains("program 'A': holds 3 applicants, final capacity is 1"))
        .anyMatch(v -> v.contains("applicant 'y': matched to 'A', which does not rank them"))
        .anyMatch(v -> v.contains("couple 'mn': matched to ('B', 'A'), which is not a pair"))
        .anyMatch(v -> v.contains("applicant 'y': supplemental match to 'P' without a primary "
            + "match to an advanced program"));
  }

  @Test
  void reportsCapacitiesThatDoNotAddUpOrShrinkWithoutReversion() {
    MatchInstance instance = twoProgramsTwoSingles();
    StabilityReport report = checker.check(instance, new int[] {0, 1}, new int[] {NONE, NONE},
        new int[] {0, 1});
    assertThat(report.violations())
        .anyMatch(v -> v.contains("final capacities add up to 1 positions, the instance offers 2"))
        .anyMatch(v -> v.contains("program 'A': final capacity 0 is below its 1 positions"));
  }

  @Test
  void rejectsArraysOfTheWrongSize() {
    assertThatThrownBy(() -> checker.check(twoProgramsTwoSingles(), new int[1], new int[1],
        new int[2])).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("do not fit the instance");
  }
}
